// The generated half of @factify/sdk: a base class holding one instance of every resource class, and
// the re-exports of every resource package. A component used by several packages is generated into
// each of them with the same name and the same structure, and `export *` of two modules exporting
// one name is an error, so such a type is re-exported explicitly from a single owner package.
import type { PackageComponents } from "./components";
import { GENERATED_HEADER, SDK_HAND_WRITTEN_EXPORTS } from "./config";
import { CORE_COMPONENTS, CORE_MODULE } from "./context";
import { operationNames } from "./emit-operation";
import { type RunContext, resourceClassName, subResourceClassName } from "./emit-package";
import { Imports } from "./imports";
import type { PackageModel } from "./model";
import { camelCase } from "./names";

/** npm name of a resource package. */
export function packageName(dir: string): string {
  return `@factify/${dir}`;
}

/** The type names each package's `types.ts` exports. */
export function packageTypeNames(run: RunContext, components: PackageComponents): Set<string> {
  const out = new Set<string>();
  for (const c of components.output) if (!CORE_COMPONENTS[c]) out.add(run.names.get(c) as string);
  for (const c of components.input) {
    if (CORE_COMPONENTS[c]) continue;
    out.add(run.inputTypeNames.get(c) ?? (run.names.get(c) as string));
  }
  return out;
}

/**
 * The owner of a type shared by several packages: the package with the most operations among those
 * that generate it, ties broken alphabetically. The broadest package is where the type is at home
 * (`Organization` from organizations, `Subject` from documents), not one that merely embeds it.
 */
export function typeOwner(candidates: readonly PackageModel[]): PackageModel {
  return [...candidates].sort((a, b) => b.operations.length - a.operations.length || (a.dir < b.dir ? -1 : 1))[0] as PackageModel;
}

/** The public names a resource package's entry point exports, split into values and types. */
export function packageExports(run: RunContext, pkg: PackageModel, components: PackageComponents): { values: Set<string>; types: Set<string> } {
  const values = new Set<string>([resourceClassName(pkg.dir)]);
  const types = packageTypeNames(run, components);
  for (const sub of new Set(pkg.operations.flatMap((op) => op.resourcePath.slice(0, 1)))) values.add(subResourceClassName(pkg.dir, sub));
  for (const op of pkg.operations) {
    const names = operationNames(op, run.names);
    values.add(names.functionName);
    types.add(names.paramsType);
    if (names.localResponseType) types.add(names.responseType);
    if (op.custom) {
      // The hand-written module exports the public function and params type under the plain names.
      values.add(op.functionName);
      types.add(`${op.pascalName}Params`);
    }
  }
  return { values, types };
}

/**
 * Files under `packages/sdk/src/generated/`. `index.ts` is the SDK's entry point: star re-exports
 * only work through bundlers when they sit in the entry module itself (esbuild turns a nested
 * `export *` of an external package into a runtime copy that ESM importers cannot see), and a type
 * that two stars both export is ambiguous unless the same module names its owner explicitly.
 */
export function emitSdkExports(run: RunContext, packages: readonly PackageModel[], components: readonly PackageComponents[]): Map<string, string> {
  const holders = new Map<string, PackageModel[]>();
  const values = new Set<string>();
  packages.forEach((pkg, i) => {
    const exports = packageExports(run, pkg, components[i] as PackageComponents);
    for (const name of exports.values) values.add(name);
    for (const name of [...exports.values, ...exports.types]) holders.set(name, [...(holders.get(name) ?? []), pkg]);
  });
  const byOwner = new Map<string, string[]>();
  for (const [name, pkgs] of [...holders.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (pkgs.length < 2) continue;
    // Only types may be shared: two packages exporting one function or class would be a naming bug.
    if (values.has(name)) throw new Error(`${name} is exported by ${pkgs.map((p) => p.dir).join(" and ")}`);
    const owner = typeOwner(pkgs).dir;
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), name]);
  }
  const lines = [GENERATED_HEADER, `export * from "${CORE_MODULE}";`, ...packages.map((p) => `export * from "${packageName(p.dir)}";`)];
  if (byOwner.size > 0) {
    lines.push("// Generated into several packages with identical shapes (same spec schema, same emitter); each is");
    lines.push("// re-exported once, from the package with the most operations among those that carry it.");
    for (const [owner, names] of [...byOwner.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      lines.push(`export type { ${names.join(", ")} } from "${packageName(owner)}";`);
    }
  }
  lines.push('export { FactifyResources } from "./resources";');
  for (const [module, names] of Object.entries(SDK_HAND_WRITTEN_EXPORTS)) lines.push(`export { ${[...names].sort().join(", ")} } from "${module}";`);

  const imports = new Imports();
  const client = imports.type(CORE_MODULE, "FactifyClient");
  const fields: string[] = [`  /** The low-level client every resource sends through; pass it to standalone functions. */\n  readonly client: ${client};`];
  const ctor: string[] = [];
  for (const pkg of packages) {
    const cls = imports.value(packageName(pkg.dir), resourceClassName(pkg.dir));
    const prop = camelCase(pkg.dir);
    fields.push(`  /** The ${pkg.dir} operations (\`${packageName(pkg.dir)}\`). */\n  readonly ${prop}: ${cls};`);
    ctor.push(`    this.${prop} = new ${cls}(client);`);
  }
  const resources = [
    GENERATED_HEADER,
    imports.print(),
    "",
    "/** One instance of every resource class, all bound to the same client. */",
    "export class FactifyResources {",
    fields.join("\n\n"),
    "",
    "  /** Creates every resource object on `client`. */",
    `  constructor(client: ${client}) {`,
    "    this.client = client;",
    ...ctor,
    "  }",
    "}",
    "",
  ].join("\n");
  return new Map([
    ["index.ts", `${lines.join("\n")}\n`],
    ["resources.ts", resources],
  ]);
}
