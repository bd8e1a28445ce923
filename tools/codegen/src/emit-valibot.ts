// JSON Schema -> valibot schema expression. Output schemas are lenient (loose objects, open enums,
// no length/pattern/format checks, `additionalProperties: false` ignored) but still check required
// fields, primitive types and null; input schemas are strict (unknown keys refused, enums closed,
// lengths, patterns, formats and ranges checked).
import { CORE_COMPONENTS, core as coreRef, type EmitContext, type Mode, schemaModuleRef, v as valibotRef } from "./context";
import { propertyKey, quote } from "./names";
import { enumValues, isObjectLike, type ObjectShape, objectShape, splitNull } from "./schema-shape";
import { componentSchema, type JsonSchema, schemaRefName, typeList } from "./spec";

// Every call in a schema expression carries its own pure annotation: bundlers (esbuild at least)
// drop an unused schema const only when none of the calls inside it may have side effects, and do
// not see valibot's own @__NO_SIDE_EFFECTS__ marks across the import.
const PURE = "/*@__PURE__*/ ";

function v(ctx: EmitContext, name: string): string {
  return PURE + valibotRef(ctx, name);
}

function core(ctx: EmitContext, name: string): string {
  return PURE + coreRef(ctx, name);
}

/** Name of the exported schema const of a component (`DocumentSchema`). */
export function schemaConstName(ctx: EmitContext, component: string): string {
  return `${ctx.names.get(component) ?? component}Schema`;
}

/** Name of the exported values tuple of an enum component (`AccessLevelValues`). */
export function valuesConstName(ctx: EmitContext, component: string): string {
  return `${ctx.names.get(component) ?? component}Values`;
}

/** A regular expression literal for a spec pattern. */
export function regexLiteral(pattern: string): string {
  let out = "";
  let escaped = false;
  for (const ch of pattern) {
    // An unescaped slash would end the literal early.
    out += ch === "/" && !escaped ? "\\/" : ch;
    escaped = ch === "\\" && !escaped;
  }
  return `/${out}/`;
}

/**
 * The valibot expression validating `schema`. `expanding` guards input-mode inlining of object
 * components against cycles.
 * @throws Error on recursive input objects or unsupported constructs.
 */
export function valibotSchema(schema: JsonSchema, mode: Mode, ctx: EmitContext, indent = 0, expanding: readonly string[] = []): string {
  const { schema: inner, nullable } = splitNull(schema);
  const base = nonNull(inner, mode, ctx, indent, expanding);
  return nullable ? `${v(ctx, "nullable")}(${base})` : base;
}

function nonNull(schema: JsonSchema, mode: Mode, ctx: EmitContext, indent: number, expanding: readonly string[]): string {
  if (schema.$ref !== undefined) return refSchema(schemaRefName(schema.$ref), mode, ctx, indent, expanding);
  const values = enumValues(schema);
  if (values) {
    const list = `[${values.map(quote).join(", ")}]`;
    return mode === "output" ? `${core(ctx, "openEnum")}(${list})` : `${v(ctx, "picklist")}(${list})`;
  }
  if (schema.const !== undefined) return `${v(ctx, "literal")}(${JSON.stringify(schema.const)})`;
  if (isObjectLike(schema)) return objectSchema(objectShape(ctx.doc, schema), mode, ctx, indent, expanding);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return `${v(ctx, "union")}([${alternatives.map((s) => valibotSchema(s, mode, ctx, indent, expanding)).join(", ")}])`;
  const types = typeList(schema);
  if (types.length === 0) return `${v(ctx, "unknown")}()`;
  const parts = types.map((t) => primitive(t, schema, mode, ctx, indent, expanding));
  return parts.length === 1 ? (parts[0] as string) : `${v(ctx, "union")}([${parts.join(", ")}])`;
}

function refSchema(component: string, mode: Mode, ctx: EmitContext, indent: number, expanding: readonly string[]): string {
  const target = componentSchema(ctx.doc, component);
  const values = enumValues(target);
  if (mode === "input") {
    if (values) return `${v(ctx, "picklist")}(${schemaModuleRef(ctx, valuesConstName(ctx, component))})`;
    if (expanding.includes(component)) throw new Error(`Recursive input schema through ${component} is not supported`);
    return valibotSchema(target, mode, ctx, indent, [...expanding, component]);
  }
  const core = CORE_COMPONENTS[component];
  const name = core ? `${ctx.names.get(component) ?? component}Schema` : schemaConstName(ctx, component);
  schemaModuleRef(ctx, name);
  return ctx.lazy.has(component) ? `${v(ctx, "lazy")}(() => ${name})` : name;
}

function pipe(ctx: EmitContext, base: string, actions: string[]): string {
  return actions.length === 0 ? base : `${v(ctx, "pipe")}(${[base, ...actions].join(", ")})`;
}

function lengthActions(ctx: EmitContext, min: number | undefined, max: number | undefined): string[] {
  if (min !== undefined && max !== undefined && min === max) return [`${v(ctx, "length")}(${min})`];
  const out: string[] = [];
  if (min !== undefined && min > 0) out.push(`${v(ctx, "minLength")}(${min})`);
  if (max !== undefined) out.push(`${v(ctx, "maxLength")}(${max})`);
  return out;
}

const INT32 = { min: -2147483648, max: 2147483647 };

function primitive(type: string, schema: JsonSchema, mode: Mode, ctx: EmitContext, indent: number, expanding: readonly string[]): string {
  switch (type) {
    case "string": {
      if (mode === "output") return `${v(ctx, "string")}()`;
      if (schema.format === "binary") return `${core(ctx, "uploadable")}()`;
      if (schema.format === "date-time") return `${core(ctx, "dateTimeInput")}()`;
      const actions = lengthActions(ctx, schema.minLength, schema.maxLength);
      if (schema.pattern !== undefined) actions.push(`${v(ctx, "regex")}(${regexLiteral(schema.pattern)})`);
      if (schema.format === "email") actions.push(`${v(ctx, "email")}()`);
      else if (schema.format === "uri") actions.push(`${v(ctx, "url")}()`);
      else if (schema.format === "uuid") actions.push(`${v(ctx, "uuid")}()`);
      else if (schema.format === "byte") actions.push(`${v(ctx, "base64")}()`);
      return pipe(ctx, `${v(ctx, "string")}()`, actions);
    }
    case "integer":
    case "number": {
      if (mode === "output") return `${v(ctx, "number")}()`;
      const actions: string[] = [];
      if (type === "integer") actions.push(`${v(ctx, "integer")}()`);
      const int32 = schema.format === "int32";
      if (schema.exclusiveMinimum !== undefined) actions.push(`${v(ctx, "gtValue")}(${schema.exclusiveMinimum})`);
      else if (schema.minimum !== undefined) actions.push(`${v(ctx, "minValue")}(${schema.minimum})`);
      else if (int32) actions.push(`${v(ctx, "minValue")}(${INT32.min})`);
      if (schema.exclusiveMaximum !== undefined) actions.push(`${v(ctx, "ltValue")}(${schema.exclusiveMaximum})`);
      else if (schema.maximum !== undefined) actions.push(`${v(ctx, "maxValue")}(${schema.maximum})`);
      else if (int32) actions.push(`${v(ctx, "maxValue")}(${INT32.max})`);
      return pipe(ctx, `${v(ctx, "number")}()`, actions);
    }
    case "boolean":
      return `${v(ctx, "boolean")}()`;
    case "null":
      return `${v(ctx, "null_")}()`;
    case "array": {
      const item = schema.items ? valibotSchema(schema.items, mode, ctx, indent, expanding) : `${v(ctx, "unknown")}()`;
      const base = `${v(ctx, "array")}(${item})`;
      return mode === "output" ? base : pipe(ctx, base, lengthActions(ctx, schema.minItems, schema.maxItems));
    }
    case "object":
      return objectSchema(objectShape(ctx.doc, schema), mode, ctx, indent, expanding);
    default:
      throw new Error(`Unsupported JSON Schema type ${type}`);
  }
}

/** Entries of an object schema, one `key: schema,` line each, indented by `indent + 1` levels. */
export function entryLines(shape: ObjectShape, mode: Mode, ctx: EmitContext, indent: number, expanding: readonly string[] = []): string[] {
  const pad = "  ".repeat(indent + 1);
  const lines: string[] = [];
  for (const prop of shape.properties) {
    if (mode === "input" && prop.schema.readOnly) continue;
    const value = valibotSchema(prop.schema, mode, ctx, indent + 1, expanding);
    lines.push(`${pad}${propertyKey(prop.name)}: ${prop.required ? value : `${v(ctx, "optional")}(${value})`},`);
  }
  // A oneof group's keys are each optional here: responses may carry a kind this SDK does not know
  // yet (or none), and the TypeScript type still narrows on the known keys.
  for (const group of shape.variantGroups) {
    for (const variant of group) {
      lines.push(`${pad}${propertyKey(variant.key)}: ${v(ctx, "optional")}(${valibotSchema(variant.schema, mode, ctx, indent + 1, expanding)}),`);
    }
  }
  return lines;
}

function objectSchema(shape: ObjectShape, mode: Mode, ctx: EmitContext, indent: number, expanding: readonly string[]): string {
  const pad = "  ".repeat(indent);
  const lines = entryLines(shape, mode, ctx, indent, expanding);
  if (lines.length === 0 && typeof shape.additional === "object") {
    return `${v(ctx, "record")}(${v(ctx, "string")}(), ${valibotSchema(shape.additional, mode, ctx, indent, expanding)})`;
  }
  // Input refuses unknown keys whatever the spec says, so a misspelt field fails before sending.
  const kind = mode === "input" ? "strictObject" : "looseObject";
  return lines.length === 0 ? `${v(ctx, kind)}({})` : `${v(ctx, kind)}({\n${lines.join("\n")}\n${pad}})`;
}
