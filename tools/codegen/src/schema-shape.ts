// Normalises the JSON Schema constructs the spec uses into a few shapes the emitters switch on:
// nullability, enums, flattened objects (allOf + protobuf-style oneof groups), arrays and unions.
import { componentSchema, type JsonSchema, type OpenApiDocument, schemaRefName, typeList } from "./spec";

/** A schema with `null` taken out of it, and whether `null` was allowed. */
export interface NullSplit {
  schema: JsonSchema;
  nullable: boolean;
}

const isNullSchema = (s: JsonSchema): boolean => s.$ref === undefined && typeList(s).length === 1 && typeList(s)[0] === "null";

/**
 * Separates `null` from a schema: `type: [T, "null"]`, `oneOf`/`anyOf` with a `{type: "null"}`
 * branch, and `enum` lists holding `null` all become the non-null schema plus `nullable: true`.
 */
export function splitNull(schema: JsonSchema): NullSplit {
  const types = typeList(schema);
  if (types.length > 1 && types.includes("null")) {
    const rest = types.filter((t) => t !== "null");
    return { schema: { ...schema, type: rest.length === 1 ? rest[0] : rest }, nullable: true };
  }
  for (const key of ["oneOf", "anyOf"] as const) {
    const branches = schema[key];
    if (branches?.some(isNullSchema)) {
      const rest = branches.filter((b) => !isNullSchema(b));
      const { [key]: _, ...outer } = schema;
      const inner: JsonSchema = rest.length === 1 ? { ...outer, ...rest[0] } : { ...outer, [key]: rest };
      return { schema: inner, nullable: true };
    }
  }
  if (schema.enum?.includes(null)) {
    return { schema: { ...schema, enum: schema.enum.filter((v) => v !== null) }, nullable: true };
  }
  return { schema, nullable: false };
}

/** The string values of an enum schema, or undefined when it is not a string enum. */
export function enumValues(schema: JsonSchema): string[] | undefined {
  if (!schema.enum) return undefined;
  if (!schema.enum.every((v) => typeof v === "string")) throw new Error(`Only string enums are supported: ${JSON.stringify(schema.enum)}`);
  return schema.enum as string[];
}

/** One property of a flattened object. */
export interface PropertyShape {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

/** A protobuf-style oneof group: exactly one of these single-key objects is expected. */
export interface KeyedVariant {
  key: string;
  schema: JsonSchema;
}

/** An object schema with `allOf` merged in and `oneOf` groups of single-key objects pulled out. */
export interface ObjectShape {
  properties: PropertyShape[];
  /** Each group is a list of alternatives; a value holds one key of each group. */
  variantGroups: KeyedVariant[][];
  /** Schema of extra keys (`additionalProperties: {...}`), true when any extra key is allowed, false when none. */
  additional: JsonSchema | boolean;
}

/** A `oneOf` whose branches are each an object with one required property and nothing else, or undefined. */
export function keyedVariants(branches: readonly JsonSchema[] | undefined): KeyedVariant[] | undefined {
  if (!branches || branches.length === 0) return undefined;
  const out: KeyedVariant[] = [];
  for (const branch of branches) {
    const names = Object.keys(branch.properties ?? {});
    const [name] = names;
    if (branch.$ref !== undefined || names.length !== 1 || name === undefined || branch.required?.length !== 1 || branch.required[0] !== name) {
      return undefined;
    }
    out.push({ key: name, schema: branch.properties?.[name] as JsonSchema });
  }
  return out;
}

/** True when the schema describes an object (explicitly, or by having properties or object combinators). */
export function isObjectLike(schema: JsonSchema): boolean {
  return (
    typeList(schema).includes("object") ||
    schema.properties !== undefined ||
    (schema.allOf !== undefined && schema.allOf.length > 0) ||
    keyedVariants(schema.oneOf) !== undefined
  );
}

/**
 * Flattens an object schema: own properties, every `allOf` part (references resolved), and keyed
 * `oneOf` groups. Property order follows the spec (own first, then `allOf` parts in order).
 * @throws Error on an `allOf` part that is not an object, or a property defined twice with different schemas.
 */
export function objectShape(doc: OpenApiDocument, schema: JsonSchema): ObjectShape {
  const properties: PropertyShape[] = [];
  const variantGroups: KeyedVariant[][] = [];
  let additional: JsonSchema | boolean = true;
  const visit = (s: JsonSchema, top: boolean): void => {
    const resolved = s.$ref !== undefined ? componentSchema(doc, schemaRefName(s.$ref)) : s;
    const required = new Set(resolved.required ?? []);
    for (const [name, prop] of Object.entries(resolved.properties ?? {})) {
      const existing = properties.find((p) => p.name === name);
      if (existing) {
        if (JSON.stringify(existing.schema) !== JSON.stringify(prop)) throw new Error(`Property ${name} is defined twice`);
        existing.required ||= required.has(name);
        continue;
      }
      properties.push({ name, schema: prop, required: required.has(name) });
    }
    for (const name of required) {
      const existing = properties.find((p) => p.name === name);
      if (existing) existing.required = true;
    }
    for (const part of resolved.allOf ?? []) visit(part, false);
    const variants = keyedVariants(resolved.oneOf);
    if (variants) variantGroups.push(variants);
    else if (resolved.oneOf) throw new Error("Only oneOf groups of single-key objects can be mixed with properties");
    if (top && resolved.additionalProperties !== undefined) additional = resolved.additionalProperties;
  };
  visit(schema, true);
  return { properties, variantGroups, additional };
}

/** Names of the components a schema refers to directly (not transitively), in document order. */
export function directRefs(schema: JsonSchema): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === "string") out.push(schemaRefName(record.$ref));
    for (const [key, value] of Object.entries(record)) {
      // Enum values and examples are data, not schemas.
      if (key === "enum" || key === "examples" || key === "example" || key === "const" || key === "default") continue;
      walk(value);
    }
  };
  walk(schema);
  return [...new Set(out)];
}

/** Every component reachable from the given roots, following references transitively. */
export function reachableComponents(doc: OpenApiDocument, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const ref of directRefs(componentSchema(doc, name))) stack.push(ref);
  }
  return seen;
}
