// One module per operation: its Params type and strict input schema, its Response type, the
// descriptor core's `invoke`/`paginate` run, and the one-line standalone function.
import { GENERATED_HEADER } from "./config";
import { CORE_MODULE, CORE_OPERATIONS_MODULE, core, type EmitContext, schemaModuleRef, typeRef, v } from "./context";
import { fieldDoc, optionalMark, orUndefined, tsType } from "./emit-types";
import { schemaConstName, valibotSchema } from "./emit-valibot";
import { Imports } from "./imports";
import type { InputField, OperationModel } from "./model";
import { propertyKey, quote } from "./names";
import type { OpenApiDocument } from "./spec";
import { schemaRefName } from "./spec";

/** The public names one operation module exports. */
export interface OperationNames {
  functionName: string;
  paramsType: string;
  paramsSchema: string;
  responseType: string;
  /** Set when the module declares its own response type (alias or inline). */
  localResponseType: boolean;
  descriptor: string;
  /** The item type of a paged operation. */
  itemType?: string;
}

/** Names of an operation's exports; custom operations get their wire-level suffix. */
export function operationNames(op: OperationModel, names: ReadonlyMap<string, string>): OperationNames {
  const suffix = op.custom?.wireSuffix ?? "";
  const responseType = `${op.pascalName}Response`;
  const ref = op.response?.$ref !== undefined ? names.get(schemaRefName(op.response.$ref)) : undefined;
  return {
    functionName: `${op.functionName}${suffix}`,
    paramsType: `${op.pascalName}${suffix}Params`,
    paramsSchema: `${op.pascalName}${suffix}ParamsSchema`,
    responseType,
    localResponseType: op.response !== undefined && ref !== responseType,
    descriptor: `${op.functionName}Operation`,
  };
}

function hasRequiredInput(op: OperationModel): boolean {
  return op.fields.some((f) => f.required);
}

function paramsInterface(op: OperationModel, names: OperationNames, ctx: EmitContext): string {
  const head = `/** Input of \`${names.functionName}\`: path, query and body fields in one object. */`;
  if (op.fields.length === 0) return `${head}\nexport type ${names.paramsType} = Record<string, never>;`;
  const lines: string[] = [];
  for (const field of op.fields) {
    const doc = fieldNote(field);
    if (doc) lines.push(`  /** ${doc} */`);
    lines.push(`  ${propertyKey(field.key)}${optionalMark(field.required)}: ${fieldType(field, ctx)}${orUndefined(field.required)};`);
  }
  return `${head}\nexport interface ${names.paramsType} {\n${lines.join("\n")}\n}`;
}

function fieldNote(field: InputField): string | undefined {
  const where = field.location === "path" ? "Path parameter." : field.location === "query" ? "Query parameter." : undefined;
  const doc = field.schema
    ? fieldDoc(field.schema, "input")
    : `Sent as ${(field.children ?? []).map((c) => `\`${field.key}.${c.key}\``).join(", ")}.`;
  const file = field.file ? "Multipart file part." : undefined;
  const text = [where, file, field.note, doc].filter(Boolean).join(" ");
  return text || undefined;
}

function fieldType(field: InputField, ctx: EmitContext): string {
  if (field.schema) return tsType(field.schema, "input", ctx, 1);
  const lines: string[] = [];
  for (const child of field.children ?? []) {
    const doc = fieldDoc(child.schema, "input");
    if (doc) lines.push(`    /** ${doc} */`);
    lines.push(`    ${propertyKey(child.key)}${optionalMark(child.required)}: ${tsType(child.schema, "input", ctx, 2)}${orUndefined(child.required)};`);
  }
  return `{\n${lines.join("\n")}\n  }`;
}

function paramsSchema(op: OperationModel, names: OperationNames, ctx: EmitContext): string {
  const generic = ctx.imports.type("valibot", "GenericSchema");
  const lines: string[] = [];
  for (const field of op.fields) {
    let value: string;
    if (field.schema) {
      value = valibotSchema(field.schema, "input", ctx, 1);
    } else {
      const inner = (field.children ?? []).map((child) => {
        const s = valibotSchema(child.schema, "input", ctx, 2);
        return `    ${propertyKey(child.key)}: ${child.required ? s : `/*@__PURE__*/ ${v(ctx, "optional")}(${s})`},`;
      });
      value = `/*@__PURE__*/ ${v(ctx, "strictObject")}({\n${inner.join("\n")}\n  })`;
    }
    lines.push(`  ${propertyKey(field.key)}: ${field.required ? value : `/*@__PURE__*/ ${v(ctx, "optional")}(${value})`},`);
  }
  const body = lines.length === 0 ? "{}" : `{\n${lines.join("\n")}\n}`;
  return [
    `/** Checks the input of \`${names.functionName}\` before anything is sent: unknown keys, types, lengths and patterns. */`,
    `export const ${names.paramsSchema}: ${generic}<${names.paramsType}> = /*@__PURE__*/ ${v(ctx, "strictObject")}(${body});`,
  ].join("\n");
}

function responseDeclarations(op: OperationModel, names: OperationNames, ctx: EmitContext): { type: string; schema: string; decl: string[] } {
  if (!op.response) return { type: "void", schema: "", decl: [] };
  if (op.response.$ref !== undefined) {
    const component = schemaRefName(op.response.$ref);
    const target = typeRef(ctx, component, "output");
    const schema = schemaModuleRef(ctx, schemaConstName(ctx, component));
    if (!names.localResponseType) return { type: target, schema, decl: [] };
    return {
      type: names.responseType,
      schema,
      decl: [`/** What \`${names.functionName}\` resolves to. */`, `export type ${names.responseType} = ${target};`],
    };
  }
  const generic = ctx.imports.type("valibot", "GenericSchema");
  const schemaName = `${names.responseType}Schema`;
  return {
    type: names.responseType,
    schema: schemaName,
    decl: [
      `/** What \`${names.functionName}\` resolves to. */`,
      `export type ${names.responseType} = ${tsType(op.response, "output", ctx)};`,
      "",
      `/** Lenient check of the response of \`${names.functionName}\`. */`,
      `export const ${schemaName}: ${generic}<unknown, ${names.responseType}> = ${valibotSchema(op.response, "output", ctx)};`,
    ],
  };
}

function itemType(op: OperationModel, doc: OpenApiDocument, ctx: EmitContext, responseType: string): string {
  const pagination = op.pagination;
  if (!pagination || !op.response) return "unknown";
  const ref = op.response.$ref !== undefined ? schemaRefName(op.response.$ref) : undefined;
  const schema = ref ? doc.components?.schemas?.[ref] : op.response;
  const items = schema?.properties?.[pagination.items]?.items;
  if (items?.$ref !== undefined) return typeRef(ctx, schemaRefName(items.$ref), "output");
  return `NonNullable<${responseType}[${quote(pagination.items)}]>[number]`;
}

function descriptor(op: OperationModel, names: OperationNames, ctx: EmitContext, responseType: string, responseSchema: string): string {
  const type = ctx.imports.type(CORE_OPERATIONS_MODULE, "OperationDescriptor");
  const props = [`  id: ${quote(op.operationId)},`, `  method: ${quote(op.httpMethod)},`, `  path: ${quote(op.path)},`];
  const list = (keys: string[]): string => `[${keys.map(quote).join(", ")}]`;
  const queryKeys = op.fields.filter((f) => f.location === "query").map((f) => f.key);
  const fileKeys = op.fields.filter((f) => f.file).map((f) => f.key);
  // Without a body core sends every non-path key in the query: the list is needed only beside a body.
  if (queryKeys.length > 0 && op.bodyKind) props.push(`  queryParams: ${list(queryKeys)},`);
  if (op.bodyKind) props.push(`  body: ${quote(op.bodyKind)},`);
  if (fileKeys.length > 0) props.push(`  fileParams: ${list(fileKeys)},`);
  props.push(`  input: ${names.paramsSchema},`);
  if (responseSchema) props.push(`  output: ${responseSchema},`);
  return [
    `/** How \`${op.httpMethod} ${op.path}\` is called; core's \`${op.pagination ? "paginate" : op.bodyKind === "multipart" ? "upload" : "invoke"}\` runs it. */`,
    `export const ${names.descriptor}: ${type}<${names.paramsType}, ${responseType}> = {\n${props.join("\n")}\n};`,
  ].join("\n");
}

function paginationConfig(op: OperationModel): string | undefined {
  const p = op.pagination;
  if (!p) return undefined;
  const parts: string[] = [];
  // Only what differs from core's defaults (items, page_token, pagination.next_page_token).
  if (p.items !== "items") parts.push(`items: ${quote(p.items)}`);
  if (p.cursorParam !== "page_token") parts.push(`cursorParam: ${quote(p.cursorParam)}`);
  if (p.nextCursor.join(".") !== "pagination.next_page_token") parts.push(`nextCursor: [${p.nextCursor.map(quote).join(", ")}]`);
  return parts.length > 0 ? `{ ${parts.join(", ")} }` : undefined;
}

function functionDeclaration(op: OperationModel, names: OperationNames, ctx: EmitContext, responseType: string, item: string): string {
  const client = ctx.imports.type(CORE_MODULE, "FactifyClient");
  const options = ctx.imports.type(CORE_MODULE, "RequestOptions");
  const params = hasRequiredInput(op) ? `params: ${names.paramsType}` : `params: ${names.paramsType} = {}`;
  const signature = `${names.functionName}(client: ${client}, ${params}, options?: ${options})`;
  let returns: string;
  let body: string;
  if (op.pagination) {
    returns = `${ctx.imports.type(CORE_MODULE, "PageRequest")}<${item}, ${responseType}>`;
    const config = paginationConfig(op);
    body = `return ${core(ctx, "paginate")}(client, ${names.descriptor}, params, options${config ? `, ${config}` : ""});`;
  } else {
    returns = `${ctx.imports.type(CORE_MODULE, "APIPromise")}<${responseType}>`;
    // Multipart operations go through core's `upload`, so only bundles that upload carry the encoder.
    const runner = op.bodyKind === "multipart" ? "upload" : "invoke";
    body = `return ${core(ctx, runner)}(client, ${names.descriptor}, params, options);`;
  }
  const throws = "Rejects with `InvalidRequestError` before sending when the input is invalid, and with an `APIError` subclass when the API refuses.";
  const paged = op.pagination ? " Await it for the first page, or iterate it for every page or item." : "";
  return [`/**`, ` * ${op.description}${paged}`, ` * ${throws}`, ` */`, `export function ${signature}: ${returns} {`, `  ${body}`, `}`].join(
    "\n",
  );
}

/** The text of `src/generated/operations/<name>.ts` for one operation. */
export function emitOperationModule(op: OperationModel, ctx: EmitContext): { text: string; names: OperationNames } {
  const names = operationNames(op, ctx.names);
  const sections: string[] = [];
  sections.push(paramsInterface(op, names, ctx));
  const response = responseDeclarations(op, names, ctx);
  if (response.decl.length > 0) sections.push(response.decl.join("\n"));
  sections.push(paramsSchema(op, names, ctx));
  sections.push(descriptor(op, names, ctx, response.type, response.schema));
  const item = itemType(op, ctx.doc, ctx, response.type);
  if (op.pagination) names.itemType = item;
  sections.push(functionDeclaration(op, names, ctx, response.type, item));
  const text = `${GENERATED_HEADER}\n${ctx.imports.print()}\n\n${sections.join("\n\n")}\n`;
  return { text, names };
}

/** A fresh context for an operation module (imports reset, types and schemas one folder up). */
export function operationContext(base: Omit<EmitContext, "imports" | "typesModule" | "schemasModule" | "lazy">): EmitContext {
  return { ...base, imports: new Imports(), typesModule: "../types", schemasModule: "../schemas", lazy: new Set() };
}
