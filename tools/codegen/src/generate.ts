// The whole generator as one pure function: OpenAPI document in, file texts out (paths relative to
// the repository root). Writing them is main.ts's job, so tests can compare without touching disk.
import { inputTypeNames, packageComponents } from "./components";
import { emitPackage, type RunContext } from "./emit-package";
import { emitSdkExports } from "./emit-sdk";
import { buildModel, type PackageModel } from "./model";
import { componentTypeNames } from "./names";
import type { OpenApiDocument } from "./spec";

/** Result of a run: every file to write, and the folders the generator owns (stale files there are removed). */
export interface GenerationResult {
  files: Map<string, string>;
  ownedDirs: string[];
  packages: PackageModel[];
}

/** Names the generator itself declares, which component types must not take. */
function reservedNames(packages: readonly PackageModel[]): Set<string> {
  const out = new Set<string>(["Pagination", "Uploadable", "FactifyClient", "RequestOptions", "PageRequest", "Page"]);
  for (const pkg of packages) {
    for (const op of pkg.operations) {
      out.add(`${op.pascalName}Params`);
    }
  }
  return out;
}

/**
 * Generates every resource package's `src/generated/` tree and the SDK's re-export module.
 * @throws Error on spec constructs the generator does not support.
 */
export function generate(doc: OpenApiDocument): GenerationResult {
  const packages = buildModel(doc);
  const names = componentTypeNames(Object.keys(doc.components?.schemas ?? {}), reservedNames(packages));
  const components = packages.map((pkg) => packageComponents(doc, pkg.operations));
  const run: RunContext = { doc, names, inputTypeNames: inputTypeNames(doc, components, names) };
  const files = new Map<string, string>();
  const ownedDirs: string[] = [];
  packages.forEach((pkg, i) => {
    const dir = `packages/${pkg.dir}/src/generated`;
    ownedDirs.push(dir);
    for (const file of emitPackage(run, pkg, components[i] as NonNullable<(typeof components)[number]>)) {
      files.set(`${dir}/${file.path}`, file.text);
    }
  });
  ownedDirs.push("packages/sdk/src/generated");
  for (const [path, text] of emitSdkExports(run, packages, components)) files.set(`packages/sdk/src/generated/${path}`, text);
  return { files, ownedDirs, packages };
}
