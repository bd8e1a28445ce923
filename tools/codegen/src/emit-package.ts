// Everything generated into one resource package's `src/generated/`: component types, lenient
// component schemas, one module per operation, the resource classes and the barrels.
import { isEnum, type PackageComponents, schemaOrder } from "./components";
import { GENERATED_HEADER } from "./config";
import { CORE_COMPONENTS, CORE_MODULE, core, type EmitContext } from "./context";
import { emitOperationModule, type OperationNames, operationContext } from "./emit-operation";
import { tsType } from "./emit-types";
import { schemaConstName, valibotSchema, valuesConstName } from "./emit-valibot";
import { Imports } from "./imports";
import type { OperationModel, PackageModel } from "./model";
import { pascalCase, quote } from "./names";
import { enumValues, isObjectLike, objectShape } from "./schema-shape";
import { componentSchema, type OpenApiDocument } from "./spec";

/** Context shared by every file of a run. */
export interface RunContext {
  doc: OpenApiDocument;
  names: ReadonlyMap<string, string>;
  inputTypeNames: ReadonlyMap<string, string>;
}

/** A generated file: path relative to the package's `src/generated/`, and its text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

function fileContext(run: RunContext, typesModule: string | undefined, schemasModule: string | undefined): EmitContext {
  return { ...run, imports: new Imports(), typesModule, schemasModule, lazy: new Set() };
}

function withHeader(imports: Imports, body: string[]): string {
  const head = imports.print();
  return `${GENERATED_HEADER}\n${head ? `${head}\n\n` : "\n"}${body.join("\n\n")}\n`;
}

function emitTypes(run: RunContext, components: PackageComponents): string {
  const ctx = fileContext(run, undefined, undefined);
  const decls: string[] = [];
  const all = [...new Set([...components.output, ...components.input])].filter((c) => !CORE_COMPONENTS[c]).sort();
  for (const component of all) {
    const schema = componentSchema(run.doc, component);
    const name = run.names.get(component) as string;
    const values = enumValues(schema);
    if (values) {
      decls.push(
        `/** Known values of \`${component}\`. Responses type it as open (\`${name} | (string & {})\`) so values added later still fit. */\nexport type ${name} = ${values.map(quote).join(" | ")};`,
      );
      continue;
    }
    if (components.output.has(component)) decls.push(typeDeclaration(ctx, component, name, "output"));
    const inputName = run.inputTypeNames.get(component);
    if (components.input.has(component) && inputName) decls.push(typeDeclaration(ctx, component, inputName, "input"));
  }
  return withHeader(ctx.imports, decls);
}

function typeDeclaration(ctx: EmitContext, component: string, name: string, mode: "input" | "output"): string {
  const schema = componentSchema(ctx.doc, component);
  const doc =
    mode === "output"
      ? `/** \`${component}\` as the API returns it; fields the SDK does not know yet are kept at runtime. */`
      : `/** \`${component}\` as request input. */`;
  const text = tsType({ ...schema, oneOf: schema.oneOf, $ref: undefined }, mode, ctx);
  // A plain object type reads best as an interface; unions, intersections and records stay aliases.
  if (isObjectLike(schema) && text.startsWith("{\n") && text.endsWith("}") && objectShape(ctx.doc, schema).variantGroups.length === 0) {
    return `${doc}\nexport interface ${name} ${text}`;
  }
  return `${doc}\nexport type ${name} = ${text};`;
}

function emitSchemas(run: RunContext, components: PackageComponents): string {
  const ctx = fileContext(run, "./types", undefined);
  const generic = ctx.imports.type("valibot", "GenericSchema");
  const decls: string[] = [];
  const enums = [...new Set([...components.output, ...components.input])].filter((c) => isEnum(run.doc, c)).sort();
  for (const component of enums) {
    const values = enumValues(componentSchema(run.doc, component)) as string[];
    decls.push(`/** The known values of \`${component}\`. */\nexport const ${valuesConstName(ctx, component)} = [${values.map(quote).join(", ")}] as const;`);
  }
  const { order, lazy } = schemaOrder(run.doc, components.output);
  for (const component of order) {
    const name = schemaConstName(ctx, component);
    const coreComponent = CORE_COMPONENTS[component];
    if (coreComponent) {
      const type = ctx.imports.type(CORE_MODULE, coreComponent.type);
      decls.push(`/** Lenient schema of \`${component}\` (shared with core). */\nexport const ${name}: ${generic}<unknown, ${type}> = /*@__PURE__*/ ${core(ctx, coreComponent.schemaFactory)}();`);
      continue;
    }
    const schema = componentSchema(run.doc, component);
    const typeName = ctx.imports.type("./types", run.names.get(component) as string);
    const isEnumType = enumValues(schema) !== undefined;
    const outputType = isEnumType ? `${typeName} | (string & {})` : typeName;
    const fileCtx: EmitContext = { ...ctx, lazy: lazy.get(component) ?? new Set() };
    const expression = isEnumType ? `/*@__PURE__*/ ${core(ctx, "openEnum")}(${valuesConstName(ctx, component)})` : valibotSchema(schema, "output", fileCtx);
    // Keyed oneof groups are checked leniently (see emit-valibot), so the inferred type is wider than the declared one.
    const cast = isObjectLike(schema) && objectShape(run.doc, schema).variantGroups.length > 0 ? ` as ${generic}<unknown, ${outputType}>` : "";
    const doc = isEnumType
      ? `/** Schema of \`${component}\` in responses: any string passes, so values added to the API later do not fail. */`
      : `/** Lenient schema of \`${component}\`: required fields and types are checked, unknown fields kept. */`;
    decls.push(
      `${doc}\nexport const ${name}: ${generic}<unknown, ${outputType}> = ${expression}${cast};`,
    );
  }
  return withHeader(ctx.imports, decls);
}

/** Class name of a package's resource object (`api-keys` -> `ApiKeys`). */
export function resourceClassName(packageDir: string): string {
  return pascalCase(packageDir);
}

/** Class name of a sub-resource (`organizations` + `members` -> `OrganizationMembers`). */
export function subResourceClassName(packageDir: string, sub: string): string {
  return `${resourceClassName(packageDir).replace(/s$/, "")}${pascalCase(sub)}`;
}

interface ResourceNode {
  className: string;
  subs: Map<string, ResourceNode>;
  methods: OperationModel[];
}

function emitResource(pkg: PackageModel, opNames: ReadonlyMap<string, OperationNames>): string {
  const imports = new Imports();
  const root: ResourceNode = { className: resourceClassName(pkg.dir), subs: new Map(), methods: [] };
  for (const op of pkg.operations) {
    let node = root;
    for (const sub of op.resourcePath) {
      let next = node.subs.get(sub);
      if (!next) {
        next = { className: subResourceClassName(pkg.dir, sub), subs: new Map(), methods: [] };
        node.subs.set(sub, next);
      }
      node = next;
    }
    node.methods.push(op);
  }
  const client = imports.type(CORE_MODULE, "FactifyClient");
  const options = imports.type(CORE_MODULE, "RequestOptions");
  const classes: string[] = [];
  const emitClass = (node: ResourceNode, label: string): void => {
    const subs = [...node.subs.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [sub, child] of subs) emitClass(child, `${label} ${sub}`);
    const members: string[] = [
      `  /** The client every method sends through. */\n  readonly client: ${client};`,
      ...subs.map(([sub, child]) => `  /** The ${sub} operations. */\n  readonly ${sub}: ${child.className};`),
    ];
    const ctor = [`  /** Binds every ${label} operation to \`client\`. */`, `  constructor(client: ${client}) {`, "    this.client = client;"];
    for (const [sub, child] of subs) ctor.push(`    this.${sub} = new ${child.className}(client);`);
    ctor.push("  }");
    members.push(ctor.join("\n"));
    const methods = [...node.methods].sort((a, b) => (a.methodName < b.methodName ? -1 : 1));
    for (const op of methods) {
      const names = opNames.get(op.operationId) as OperationNames;
      const module = op.custom ? `.${op.custom.module}` : `./operations/${op.fileName}`;
      const fn = imports.value(module, op.functionName);
      const params = imports.type(module, `${op.pascalName}Params`);
      const required = op.fields.some((f) => f.required);
      const response = op.response ? imports.type(names.localResponseType ? `./operations/${op.fileName}` : "./types", names.responseType) : "void";
      const item = names.itemType ?? "unknown";
      const returns = op.pagination
        ? `${imports.type(CORE_MODULE, "PageRequest")}<${/^[A-Za-z_]\w*$/.test(item) && item !== "unknown" ? imports.type("./types", item) : item}, ${response}>`
        : `${imports.type(CORE_MODULE, "APIPromise")}<${response}>`;
      members.push(
        [
          `  /** ${op.description} Same as \`${op.functionName}\`. */`,
          `  ${op.methodName}(params${required ? "" : "?"}: ${params}, options?: ${options}): ${returns} {`,
          `    return ${fn}(this.client, params, options);`,
          "  }",
        ].join("\n"),
      );
    }
    classes.push(`/** The ${label} operations as methods, bound to one client. */\nexport class ${node.className} {\n${members.join("\n\n")}\n}`);
  };
  emitClass(root, pkg.dir);
  return withHeader(imports, classes);
}

function emitIndex(pkg: PackageModel, opNames: ReadonlyMap<string, OperationNames>, className: string, subClasses: string[]): string {
  const lines = ['export * from "./types";'];
  for (const op of pkg.operations) {
    const names = opNames.get(op.operationId) as OperationNames;
    const specifiers = [names.functionName, `type ${names.paramsType}`];
    if (names.localResponseType) specifiers.push(`type ${names.responseType}`);
    lines.push(`export { ${specifiers.join(", ")} } from "./operations/${op.fileName}";`);
  }
  lines.push(`export { ${[className, ...subClasses].sort().join(", ")} } from "./resource";`);
  return `${GENERATED_HEADER}\n${lines.join("\n")}\n`;
}

function emitDescriptors(pkg: PackageModel, opNames: ReadonlyMap<string, OperationNames>): string {
  const lines = ['export * from "./schemas";'];
  for (const op of pkg.operations) {
    const names = opNames.get(op.operationId) as OperationNames;
    const specifiers = [names.descriptor, names.paramsSchema];
    if (names.localResponseType && op.response?.$ref === undefined) specifiers.push(`${names.responseType}Schema`);
    lines.push(`export { ${specifiers.join(", ")} } from "./operations/${op.fileName}";`);
  }
  return `${GENERATED_HEADER}\n${lines.join("\n")}\n`;
}

/** Every generated file of one resource package, paths relative to its `src/generated/`. */
export function emitPackage(run: RunContext, pkg: PackageModel, components: PackageComponents): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const opNames = new Map<string, OperationNames>();
  for (const op of pkg.operations) {
    const { text, names } = emitOperationModule(op, operationContext(run));
    opNames.set(op.operationId, names);
    files.push({ path: `operations/${op.fileName}.ts`, text });
  }
  files.push({ path: "types.ts", text: emitTypes(run, components) });
  files.push({ path: "schemas.ts", text: emitSchemas(run, components) });
  files.push({ path: "resource.ts", text: emitResource(pkg, opNames) });
  const subs = [...new Set(pkg.operations.filter((op) => op.resourcePath.length > 0).map((op) => op.resourcePath[0] as string))];
  files.push({
    path: "index.ts",
    text: emitIndex(
      pkg,
      opNames,
      resourceClassName(pkg.dir),
      subs.map((s) => subResourceClassName(pkg.dir, s)),
    ),
  });
  files.push({ path: "descriptors.ts", text: emitDescriptors(pkg, opNames) });
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
