// JSON Schema -> TypeScript type text. Output types describe what the API returns (enums open,
// `[T, null]` as `T | null`, absent fields optional); input types describe what a call accepts
// (enums closed, date-times as Date or string, files as Uploadable, arrays readonly).
import { CORE_MODULE, type EmitContext, type Mode, typeRef } from "./context";
import { propertyKey, quote } from "./names";
import { enumValues, isObjectLike, type ObjectShape, objectShape, splitNull } from "./schema-shape";
import { componentSchema, type JsonSchema, schemaRefName, typeList } from "./spec";

/** `?` for an optional property. */
export function optionalMark(required: boolean | undefined): string {
  return required ? "" : "?";
}

/**
 * ` | undefined` for an optional property: under `exactOptionalPropertyTypes` a `?` alone refuses an
 * explicit `undefined`, which callers pass when they forward their own optional values.
 */
export function orUndefined(required: boolean | undefined): string {
  return required ? "" : " | undefined";
}

const OPEN = "(string & {})";

function needsParens(type: string): boolean {
  let depth = 0;
  for (const ch of type) {
    if (ch === "{" || ch === "(" || ch === "<" || ch === "[") depth++;
    else if (ch === "}" || ch === ")" || ch === ">" || ch === "]") depth--;
    else if (depth === 0 && (ch === "|" || ch === "&")) return true;
  }
  return false;
}

function arrayOf(item: string, mode: Mode): string {
  const inner = needsParens(item) ? `(${item})` : item;
  return mode === "input" ? `readonly ${inner}[]` : `${inner}[]`;
}

function union(types: string[]): string {
  return [...new Set(types)].join(" | ");
}

/** True when a component is a string enum (its type is a union of literals). */
export function isEnumComponent(ctx: EmitContext, component: string): boolean {
  return enumValues(componentSchema(ctx.doc, component)) !== undefined;
}

/** The TypeScript type of a schema, written for `indent` levels of nesting. */
export function tsType(schema: JsonSchema, mode: Mode, ctx: EmitContext, indent = 0): string {
  const { schema: inner, nullable } = splitNull(schema);
  const base = nonNullType(inner, mode, ctx, indent);
  return nullable ? union([base, "null"]) : base;
}

function nonNullType(schema: JsonSchema, mode: Mode, ctx: EmitContext, indent: number): string {
  if (schema.$ref !== undefined) {
    const component = schemaRefName(schema.$ref);
    const name = typeRef(ctx, component, mode);
    // Response enums stay open: a value added to the API later still type-checks.
    return mode === "output" && isEnumComponent(ctx, component) ? `${name} | ${OPEN}` : name;
  }
  const values = enumValues(schema);
  if (values) return union([...values.map(quote), ...(mode === "output" ? [OPEN] : [])]);
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (isObjectLike(schema)) return objectType(objectShape(ctx.doc, schema), mode, ctx, indent);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return union(alternatives.map((s) => tsType(s, mode, ctx, indent)));
  const types = typeList(schema);
  if (types.length === 0) return "unknown";
  return union(types.map((t) => primitiveType(t, schema, mode, ctx, indent)));
}

function primitiveType(type: string, schema: JsonSchema, mode: Mode, ctx: EmitContext, indent: number): string {
  switch (type) {
    case "string":
      if (mode === "input" && schema.format === "binary") return ctx.imports.type(CORE_MODULE, "Uploadable");
      if (mode === "input" && schema.format === "date-time") return "Date | string";
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "array":
      return arrayOf(schema.items ? tsType(schema.items, mode, ctx, indent) : "unknown", mode);
    case "object":
      return objectType(objectShape(ctx.doc, schema), mode, ctx, indent);
    default:
      throw new Error(`Unsupported JSON Schema type ${type}`);
  }
}

/** Property lines of an object type (with their JSDoc), each indented by `indent + 1` levels. */
export function propertyLines(shape: ObjectShape, mode: Mode, ctx: EmitContext, indent: number): string[] {
  const pad = "  ".repeat(indent + 1);
  const lines: string[] = [];
  for (const prop of shape.properties) {
    if (mode === "input" && prop.schema.readOnly) continue;
    const doc = fieldDoc(prop.schema, mode);
    if (doc) lines.push(`${pad}/** ${doc} */`);
    lines.push(`${pad}${propertyKey(prop.name)}${optionalMark(prop.required)}: ${tsType(prop.schema, mode, ctx, indent + 1)}${orUndefined(prop.required)};`);
  }
  return lines;
}

function objectType(shape: ObjectShape, mode: Mode, ctx: EmitContext, indent: number): string {
  const pad = "  ".repeat(indent);
  const lines = propertyLines(shape, mode, ctx, indent);
  const variants = shape.variantGroups.map(
    (group) => `(${group.map((variant) => `{ ${propertyKey(variant.key)}: ${tsType(variant.schema, mode, ctx, indent + 1)} }`).join(" | ")})`,
  );
  let base: string | undefined;
  if (lines.length > 0) base = `{\n${lines.join("\n")}\n${pad}}`;
  else if (typeof shape.additional === "object") base = `Record<string, ${tsType(shape.additional, mode, ctx, indent)}>`;
  else if (variants.length === 0) base = mode === "input" && shape.additional === false ? "Record<string, never>" : "Record<string, unknown>";
  const parts = [...(base ? [base] : []), ...variants];
  if (parts.length === 1 && variants.length === 1 && !base) return (variants[0] as string).slice(1, -1);
  return parts.join(" & ");
}

/** A one-line note on a field's format and limits, in our words, or undefined when there is nothing to say. */
export function fieldDoc(schema: JsonSchema, mode: Mode): string | undefined {
  const { schema: s } = splitNull(schema);
  const notes: string[] = [];
  if (s.format === "date-time") notes.push(mode === "input" ? "A Date or an RFC 3339 string." : "RFC 3339 timestamp.");
  else if (s.format === "uri") notes.push("URL.");
  else if (s.format === "email") notes.push("E-mail address.");
  else if (s.format === "uuid") notes.push("UUID.");
  else if (s.format === "byte") notes.push("Base64-encoded bytes.");
  else if (s.format === "binary" && mode === "input") notes.push("File contents: a Blob, bytes, a stream or `{ data, filename, contentType }`.");
  if (mode === "input") {
    const chars = range(s.minLength, s.maxLength, "characters");
    if (chars) notes.push(chars);
    const items = range(s.minItems, s.maxItems, "items");
    if (items) notes.push(items);
    if (s.pattern) notes.push(`Matches \`${s.pattern.replace(/\*\//g, "*\\/")}\`.`);
    const bounds: string[] = [];
    if (s.minimum !== undefined) bounds.push(`at least ${s.minimum}`);
    if (s.exclusiveMinimum !== undefined) bounds.push(`greater than ${s.exclusiveMinimum}`);
    if (s.maximum !== undefined) bounds.push(`at most ${s.maximum}`);
    if (s.exclusiveMaximum !== undefined) bounds.push(`less than ${s.exclusiveMaximum}`);
    if (s.type === "integer" || (Array.isArray(s.type) && s.type.includes("integer"))) bounds.unshift("an integer");
    if (bounds.length > 0) notes.push(`${capitalizeFirst(bounds.join(", "))}.`);
  }
  return notes.length > 0 ? notes.join(" ") : undefined;
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function range(min: number | undefined, max: number | undefined, unit: string): string | undefined {
  if (min !== undefined && max !== undefined) return min === max ? `Exactly ${min} ${unit}.` : `${min} to ${max} ${unit}.`;
  if (max !== undefined) return `At most ${max} ${unit}.`;
  if (min !== undefined && min > 0) return `At least ${min} ${unit}.`;
  return undefined;
}
