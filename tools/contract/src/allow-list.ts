// What the contract keeps of an OpenAPI document, as an allow-list per kind of node. A key that
// is not listed here is dropped, so prose fields the document adds later (descriptions, summaries,
// titles, examples, code samples, anything new) can never reach the repository by accident.

/** How the value under an allowed key is read. */
export type Rule =
  | { kind: "node"; node: NodeKind } // an object of that kind
  | { kind: "list"; node: NodeKind } // an array of objects of that kind
  | { kind: "map"; node: NodeKind } // an object whose keys are names (paths, properties, status codes, ...)
  | { kind: "schema-or-bool" } // additionalProperties
  | { kind: "token" } // a short name: operationId, format, type, media type, ...
  | { kind: "tokens" } // an array of short names (required, tags), or one name (type)
  | { kind: "ref" } // a local JSON pointer (`#/components/schemas/Document`)
  | { kind: "url" } // a server URL
  | { kind: "pattern" } // a regular expression
  | { kind: "data" } // wire values (enum, const, default): kept verbatim
  | { kind: "boolean" }
  | { kind: "number" }
  | { kind: "scopes" } // security requirements: a list of {scheme name: scope names}
  | { kind: "ref-map" }; // discriminator mapping: value -> local JSON pointer

export type NodeKind =
  | "document"
  | "info"
  | "server"
  | "serverVariable"
  | "tag"
  | "components"
  | "pathItem"
  | "operation"
  | "pagination"
  | "paginationInput"
  | "paginationOutputs"
  | "parameter"
  | "requestBody"
  | "mediaType"
  | "encoding"
  | "response"
  | "header"
  | "securityScheme"
  | "schema"
  | "discriminator";

const node = (kind: NodeKind): Rule => ({ kind: "node", node: kind });
const list = (kind: NodeKind): Rule => ({ kind: "list", node: kind });
const map = (kind: NodeKind): Rule => ({ kind: "map", node: kind });
const token: Rule = { kind: "token" };
const tokens: Rule = { kind: "tokens" };
const ref: Rule = { kind: "ref" };
const bool: Rule = { kind: "boolean" };
const num: Rule = { kind: "number" };
const data: Rule = { kind: "data" };

const operation: Readonly<Record<string, Rule>> = {
  operationId: token,
  tags: tokens,
  parameters: list("parameter"),
  requestBody: node("requestBody"),
  responses: map("response"),
  security: { kind: "scopes" },
  deprecated: bool,
  // The naming extensions the generator reads (package, resource method, pagination, skipped operations).
  "x-speakeasy-group": token,
  "x-speakeasy-name-override": token,
  "x-speakeasy-pagination": node("pagination"),
  "x-speakeasy-ignore": bool,
  "x-internal": bool,
};

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Every allowed key of every kind of node, and how its value is read. */
export const ALLOWED: Readonly<Record<NodeKind, Readonly<Record<string, Rule>>>> = {
  document: {
    openapi: token,
    info: node("info"),
    servers: list("server"),
    security: { kind: "scopes" },
    tags: list("tag"),
    paths: map("pathItem"),
    components: node("components"),
  },
  info: { version: token },
  server: { url: { kind: "url" }, variables: map("serverVariable") },
  serverVariable: { default: data, enum: data },
  tag: { name: token },
  components: {
    schemas: map("schema"),
    responses: map("response"),
    parameters: map("parameter"),
    requestBodies: map("requestBody"),
    headers: map("header"),
    securitySchemes: map("securityScheme"),
  },
  pathItem: { $ref: ref, parameters: list("parameter"), ...Object.fromEntries(METHODS.map((m) => [m, node("operation")])) },
  operation,
  pagination: { type: token, inputs: list("paginationInput"), outputs: node("paginationOutputs") },
  paginationInput: { name: token, in: token, type: token },
  paginationOutputs: { nextCursor: token, results: token },
  parameter: {
    $ref: ref,
    name: token,
    in: token,
    required: bool,
    deprecated: bool,
    allowEmptyValue: bool,
    style: token,
    explode: bool,
    allowReserved: bool,
    schema: node("schema"),
  },
  requestBody: { $ref: ref, required: bool, content: map("mediaType") },
  mediaType: { schema: node("schema"), encoding: map("encoding") },
  encoding: { contentType: token, style: token, explode: bool },
  response: { $ref: ref, content: map("mediaType"), headers: map("header") },
  header: { $ref: ref, required: bool, deprecated: bool, schema: node("schema") },
  securityScheme: { type: token, scheme: token, bearerFormat: token, in: token, name: token },
  schema: {
    $ref: ref,
    type: tokens,
    format: token,
    properties: map("schema"),
    patternProperties: map("schema"),
    additionalProperties: { kind: "schema-or-bool" },
    required: tokens,
    items: node("schema"),
    prefixItems: list("schema"),
    oneOf: list("schema"),
    anyOf: list("schema"),
    allOf: list("schema"),
    not: node("schema"),
    discriminator: node("discriminator"),
    enum: data,
    const: data,
    default: data,
    pattern: { kind: "pattern" },
    minLength: num,
    maxLength: num,
    minimum: num,
    maximum: num,
    exclusiveMinimum: num,
    exclusiveMaximum: num,
    multipleOf: num,
    minItems: num,
    maxItems: num,
    uniqueItems: bool,
    minProperties: num,
    maxProperties: num,
    readOnly: bool,
    writeOnly: bool,
    nullable: bool,
    deprecated: bool,
    contentMediaType: token,
    contentEncoding: token,
  },
  discriminator: { propertyName: token, mapping: { kind: "ref-map" } },
};
