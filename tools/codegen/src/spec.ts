// The subset of OpenAPI 3.1 / JSON Schema the generator understands, and how to read it.
import { readFileSync } from "node:fs";

/** A JSON Schema node as the Factify document uses it (OpenAPI 3.1 dialect). */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  readOnly?: boolean;
  writeOnly?: boolean;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  [extension: string]: unknown;
}

/** One parameter of an operation (path or query; header and cookie parameters are not used by the API). */
export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonSchema;
  style?: string;
  explode?: boolean;
}

/** A media type entry of a request or response body. */
export interface MediaTypeObject {
  schema?: JsonSchema;
}

/** An OpenAPI operation object, reduced to what code generation reads. */
export interface OperationObject {
  operationId: string;
  tags?: string[];
  parameters?: (ParameterObject | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, MediaTypeObject> };
  responses: Record<string, { $ref?: string; content?: Record<string, MediaTypeObject> }>;
  "x-speakeasy-group"?: string;
  "x-speakeasy-name-override"?: string;
  "x-speakeasy-pagination"?: {
    type: string;
    inputs?: { name: string; in: string; type: string }[];
    outputs?: { nextCursor?: string; results?: string };
  };
  [extension: string]: unknown;
}

/** The parts of the OpenAPI document the generator reads. */
export interface OpenApiDocument {
  openapi: string;
  info: { title?: string; version: string };
  paths: Record<string, Record<string, OperationObject | unknown>>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    parameters?: Record<string, ParameterObject>;
  };
}

/** HTTP methods that carry operations in a path item, in the order the generator visits them. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/**
 * Reads and parses the OpenAPI document at `path`.
 * @throws Error when the file is missing, not JSON, or not OpenAPI 3.x.
 */
export function loadSpec(path: string): OpenApiDocument {
  const doc = JSON.parse(readFileSync(path, "utf8")) as OpenApiDocument;
  if (typeof doc.openapi !== "string" || !doc.openapi.startsWith("3.") || typeof doc.paths !== "object") {
    throw new Error(`${path} is not an OpenAPI 3.x document`);
  }
  return doc;
}

const SCHEMA_REF = "#/components/schemas/";

/**
 * Returns the component name a `$ref` points at.
 * @throws Error for references outside `#/components/schemas/` (the generator does not follow them).
 */
export function schemaRefName(ref: string): string {
  if (!ref.startsWith(SCHEMA_REF)) throw new Error(`Unsupported $ref ${ref}`);
  return decodeURIComponent(ref.slice(SCHEMA_REF.length).replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * Looks up a component schema by name.
 * @throws Error when the document has no such component.
 */
export function componentSchema(doc: OpenApiDocument, name: string): JsonSchema {
  const schema = doc.components?.schemas?.[name];
  if (!schema) throw new Error(`Missing component schema ${name}`);
  return schema;
}

/** The schema's `type` as a list (JSON Schema allows a single name or an array). */
export function typeList(schema: JsonSchema): string[] {
  if (schema.type === undefined) return [];
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}
