// Builds request input and response bodies from the spec's own schemas, independently of the
// generator: valid input for every operation (with the request it must produce), and responses with
// every field, an extra unknown field on every object and, on demand, unknown enum values.
import { FIELD_NOTES } from "../../../../tools/codegen/src/field-notes";
import { deref, type Schema, type SpecOperation, spec } from "./spec";

const TYPEID = /^\^\(?([a-z|]+)\)?_\[0-9a-hjkmnp-tv-z\]\{26\}\$$/;
const ID_BODY = "01h2xcejqtf2nbrexx3vqjhp41";
export const SAMPLE_DATE = new Date("2026-01-31T12:00:00.000Z");
export const SAMPLE_FILE = new TextEncoder().encode("%PDF-1.7 sample");

/** A string matching one of the spec's id patterns. @throws Error for a pattern this helper does not know. */
export function sampleForPattern(pattern: string): string {
  const typeId = TYPEID.exec(pattern);
  let value: string | undefined;
  if (typeId) value = `${typeId[1]!.split("|")[0]}_${ID_BODY}`;
  else if (pattern === "^\\d{4}-\\d{2}-\\d{2}$") value = "2026-01-31";
  if (value === undefined || !new RegExp(pattern).test(value)) throw new Error(`No sample for pattern ${pattern}`);
  return value;
}

/** Splits `[T, "null"]` and `oneOf: [X, {type: null}]` into the non-null schema. */
export function nonNull(schema: Schema): Schema {
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const rest = schema.type.filter((t: string) => t !== "null");
    return { ...schema, type: rest.length === 1 ? rest[0] : rest };
  }
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches?.some((b: Schema) => b.type === "null")) {
    const rest = branches.filter((b: Schema) => b.type !== "null");
    return rest.length === 1 ? rest[0] : { oneOf: rest };
  }
  return schema;
}

/** True when a schema (after null is removed) is a string with `format: date-time`. */
export function isDateTime(schema: Schema): boolean {
  const s = deref(nonNull(schema));
  return s.type === "string" && s.format === "date-time";
}

function stringSample(s: Schema): string {
  if (s.pattern) return sampleForPattern(s.pattern);
  let value = "sample";
  if (s.format === "email") value = "someone@example.com";
  else if (s.format === "uri") value = "https://example.com/logo.png";
  else if (s.format === "uuid") value = "0b0f6a2e-6a53-4c53-9f3c-5bd1c1e0a1b2";
  else if (s.format === "byte") value = "aGVsbG8=";
  else if (s.format === "date-time") value = SAMPLE_DATE.toISOString();
  if (s.minLength !== undefined && value.length < s.minLength) value = value.padEnd(s.minLength, "x");
  if (s.maxLength !== undefined && value.length > s.maxLength) value = value.slice(0, s.maxLength);
  return value;
}

function numberSample(s: Schema): number {
  let n = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
  if (s.maximum !== undefined) n = Math.min(n, s.maximum);
  return s.type === "number" ? n + 0.5 : n;
}

/** Keyed oneOf branches (`{ properties: { k }, required: [k] }`), or undefined. */
function keyedBranches(branches: Schema[] | undefined): Schema[] | undefined {
  if (!branches?.length) return undefined;
  const ok = branches.every((b) => b.properties && Object.keys(b.properties).length === 1 && b.required?.length === 1);
  return ok ? branches : undefined;
}

/**
 * Properties of an object schema with allOf parts merged in, and the `pickVariant`th branch of each
 * keyed oneOf (`null` leaves oneOf groups out: their keys are alternatives, not required fields).
 */
export function objectProperties(schema: Schema, pickVariant: number | null = 0): { props: Record<string, Schema>; required: Set<string> } {
  const props: Record<string, Schema> = {};
  const required = new Set<string>();
  const visit = (s: Schema): void => {
    const r = deref(s);
    Object.assign(props, r.properties ?? {});
    for (const k of r.required ?? []) required.add(k);
    for (const part of r.allOf ?? []) visit(part);
    const keyed = keyedBranches(r.oneOf);
    if (keyed && pickVariant !== null) visit(keyed[Math.min(pickVariant, keyed.length - 1)]!);
  };
  visit(schema);
  return { props, required };
}

function isObjectSchema(s: Schema): boolean {
  return s.type === "object" || s.properties !== undefined || s.allOf !== undefined || keyedBranches(s.oneOf) !== undefined;
}

/** Options of response samples. */
export interface ResponseSampleOptions {
  /** `known` picks each enum's first value; `unknown` sends a value the spec does not list. */
  enums: "known" | "unknown";
}

export const UNKNOWN_ENUM = "zz_value_added_later";
export const EXTRA_FIELD = "zz_field_added_later";

/** A response body for `schema` with every field filled, an extra unknown field on every object, and the chosen enum values. */
export function sampleResponse(schema: Schema, options: ResponseSampleOptions, stack: string[] = []): unknown {
  const refName = typeof schema.$ref === "string" ? schema.$ref.split("/").pop() : undefined;
  const nextStack = refName ? [...stack, refName] : stack;
  const s = deref(nonNull(schema));
  if (s.enum) return options.enums === "unknown" ? UNKNOWN_ENUM : s.enum[0];
  if (isObjectSchema(s)) {
    const { props, required } = objectProperties(s);
    const out: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(props)) {
      // Recursive schemas (blocks in sections, lists in list items) stop at their second visit.
      if (!required.has(key) && refersToAny(prop, nextStack)) continue;
      out[key] = sampleResponse(prop, options, nextStack);
    }
    if (Object.keys(props).length === 0 && typeof s.additionalProperties === "object") {
      out.some_key = sampleResponse(s.additionalProperties, options, nextStack);
      return out;
    }
    out[EXTRA_FIELD] = { nested: true };
    return out;
  }
  const branches = s.oneOf ?? s.anyOf;
  if (branches) return sampleResponse(branches[0], options, nextStack);
  switch (Array.isArray(s.type) ? s.type[0] : s.type) {
    case "string":
      return stringSample({ ...s, pattern: undefined, minLength: s.minLength, maxLength: s.maxLength });
    case "integer":
    case "number":
      return numberSample(s);
    case "boolean":
      return true;
    case "array":
      return s.items && !refersToAny(s.items, nextStack) ? [sampleResponse(s.items, options, nextStack)] : [];
    default:
      return "anything";
  }
}

function refersToAny(schema: Schema, names: readonly string[]): boolean {
  const s = nonNull(schema);
  const direct = typeof s.$ref === "string" ? s.$ref.split("/").pop() : undefined;
  if (direct && names.includes(direct)) return true;
  if (s.items) return refersToAny(s.items, names);
  return false;
}

/** A valid input value for `schema`, and its form on the wire (JSON value or query string). */
export function sampleInputValue(schema: Schema): { value: unknown; wire: unknown } {
  const s = deref(nonNull(schema));
  if (s.enum) return { value: s.enum[0], wire: s.enum[0] };
  if (s.type === "string" && s.format === "date-time") return { value: SAMPLE_DATE, wire: SAMPLE_DATE.toISOString() };
  if (s.type === "string" && s.format === "binary") return { value: SAMPLE_FILE, wire: SAMPLE_FILE };
  if (isObjectSchema(s)) {
    const { props } = objectProperties(s);
    const value: Record<string, unknown> = {};
    const wire: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(props)) {
      if (prop.readOnly) continue;
      const sample = sampleInputValue(prop);
      value[key] = sample.value;
      wire[key] = sample.wire;
    }
    return { value, wire };
  }
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === "array") {
    const count = Math.max(s.minItems ?? 0, 1);
    const itemSchema = deref(nonNull(s.items ?? {}));
    // Distinct enum values where there are enough, so repeated query keys are told apart.
    const items = Array.from({ length: count }, (_, i) =>
      itemSchema.enum && i < itemSchema.enum.length ? { value: itemSchema.enum[i], wire: itemSchema.enum[i] } : sampleInputValue(s.items ?? {}),
    );
    return { value: items.map((i) => i.value), wire: items.map((i) => i.wire) };
  }
  if (type === "string") {
    const v = stringSample(s);
    return { value: v, wire: v };
  }
  if (type === "integer" || type === "number") {
    const n = numberSample(s);
    return { value: n, wire: n };
  }
  if (type === "boolean") return { value: true, wire: true };
  throw new Error(`No input sample for ${JSON.stringify(s)}`);
}

/** A full input for one operation and the request it must produce. */
export interface OperationSample {
  input: Record<string, unknown>;
  path: string;
  /** Expected query pairs, in no particular order. */
  query: [string, string][];
  body: { kind: "json"; value: unknown } | { kind: "multipart"; fields: Record<string, unknown> } | { kind: "none" };
}

function queryPairs(name: string, wire: unknown): [string, string][] {
  if (Array.isArray(wire)) return wire.flatMap((w) => queryPairs(name, w));
  return [[name, String(wire)]];
}

/**
 * The schema of one input field as the SDK checks it: codegen's field notes tighten some fields
 * beyond the spec (an enum the prose lists), and a sample must satisfy the tighter form.
 */
function notedSchema(operationId: string, field: string, schema: Schema): Schema {
  const note = FIELD_NOTES.find((n) => n.operationId === operationId && n.field === field && n.schema);
  if (!note) return schema;
  const { enum: _enum, $ref: _ref, ...kept } = schema;
  return { ...kept, ...note.schema };
}

/** Every parameter and body field of `op` filled with a valid sample (optional ones too). */
export function sampleOperation(operation: SpecOperation): OperationSample {
  const { op } = operation;
  const input: Record<string, unknown> = {};
  const query: [string, string][] = [];
  let path = operation.path;
  for (const param of op.parameters ?? []) {
    let schema = notedSchema(operation.operationId, param.name, param.schema);
    // Arrays get two items so repeated keys are visible on the wire.
    if (schema.type === "array") schema = { ...schema, minItems: Math.max(schema.minItems ?? 0, 2) };
    const sample = sampleInputValue(schema);
    if (param.in === "path") {
      input[param.name] = sample.value;
      path = path.replace(`{${param.name}}`, encodeURIComponent(String(sample.value)));
    } else {
      const dot = param.name.indexOf(".");
      if (dot > 0) {
        const group = (input[param.name.slice(0, dot)] ??= {}) as Record<string, unknown>;
        group[param.name.slice(dot + 1)] = sample.value;
      } else {
        input[param.name] = sample.value;
      }
      query.push(...queryPairs(param.name, sample.wire));
    }
  }
  let body: OperationSample["body"] = { kind: "none" };
  const content = op.requestBody?.content ?? {};
  const json = content["application/json"]?.schema;
  const multipart = content["multipart/form-data"]?.schema;
  if (json || multipart) {
    const bodySchema = deref(json ?? multipart);
    const properties = Object.fromEntries(
      Object.entries((bodySchema.properties ?? {}) as Record<string, Schema>).map(([key, prop]) => [key, notedSchema(operation.operationId, key, prop)]),
    );
    const sample = sampleInputValue(bodySchema.properties ? { ...bodySchema, properties } : bodySchema);
    Object.assign(input, sample.value as object);
    body = json ? { kind: "json", value: sample.wire } : { kind: "multipart", fields: sample.wire as Record<string, unknown> };
  }
  return { input, path, query, body };
}

/** The 2xx JSON response schema of an operation. */
export function responseSchema(operation: SpecOperation): Schema {
  const schema = operation.op.responses["200"]?.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`${operation.operationId} has no 200 JSON response`);
  return schema;
}

export { spec };
