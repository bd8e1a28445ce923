// Reads the operations of the document into a flat model: which package and resource method each
// belongs to, what its single input object holds (path, query and body fields), its response
// schema, and its pagination. The emitters work from this model only.
import { applyFieldNotes } from "./field-notes";
import { CUSTOM_OPERATIONS, type CustomOperation, OPERATION_DESCRIPTIONS } from "./config";
import { camelCase, kebabCase, pascalCase } from "./names";
import { objectShape, splitNull } from "./schema-shape";
import {
  componentSchema,
  HTTP_METHODS,
  type JsonSchema,
  type OpenApiDocument,
  type OperationObject,
  type ParameterObject,
  schemaRefName,
  typeList,
} from "./spec";

/** One key of an operation's input object. */
export interface InputField {
  /** Key in the input object (the wire name, or the prefix of dotted query names). */
  key: string;
  location: "path" | "query" | "body";
  required: boolean;
  /** Schema of the value; undefined for a group of dotted query names (see `children`). */
  schema?: JsonSchema;
  /** `created.after` and `created.before` become children `after`/`before` of key `created`. */
  children?: { key: string; required: boolean; schema: JsonSchema }[];
  /** True for a multipart file part. */
  file?: boolean;
  /** What a field note (field-notes.ts) says about it, for its doc comment. */
  note?: string;
}

/** Cursor pagination as the spec's `x-speakeasy-pagination` declares it. */
export interface PaginationModel {
  items: string;
  cursorParam: string;
  nextCursor: string[];
}

/** Everything the emitters need about one operation. */
export interface OperationModel {
  operationId: string;
  /** Public function name, regular camelCase (`deleteApiKeyQuota`). */
  functionName: string;
  /** PascalCase stem of the operation's type names (`DeleteApiKeyQuota`). */
  pascalName: string;
  /** kebab-case module file name (`delete-api-key-quota`). */
  fileName: string;
  /** Package folder under `packages/` (`api-keys`). */
  packageDir: string;
  /** Sub-resource path inside the package's resource class (`["members"]`), empty for the class itself. */
  resourcePath: string[];
  /** Method name on the resource object (`getQuota`, `add`). */
  methodName: string;
  httpMethod: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  fields: InputField[];
  bodyKind?: "json" | "multipart";
  /** True when the spec marks the request body required (an empty JSON object is still sent). */
  bodyRequired: boolean;
  /** The 2xx JSON response schema, or undefined when the operation returns no body. */
  response?: JsonSchema;
  pagination?: PaginationModel;
  description: string;
  custom?: CustomOperation;
}

/** A resource package and its operations, sorted by operationId. */
export interface PackageModel {
  dir: string;
  operations: OperationModel[];
}

const METHODS = new Set<string>(HTTP_METHODS);

function resolveParameter(doc: OpenApiDocument, p: ParameterObject | { $ref: string }): ParameterObject {
  if ("$ref" in p) {
    const name = p.$ref.replace("#/components/parameters/", "");
    const found = doc.components?.parameters?.[name];
    if (!found) throw new Error(`Missing parameter ${p.$ref}`);
    return found;
  }
  return p;
}

function packageAndResource(op: OperationObject): { packageDir: string; resourcePath: string[] } {
  const group = op["x-speakeasy-group"];
  if (typeof group === "string" && group.length > 0) {
    const [first = "", ...rest] = group.split(".");
    return { packageDir: kebabCase(first), resourcePath: rest.map(camelCase) };
  }
  const tag = op.tags?.[0];
  if (!tag) throw new Error(`Operation ${op.operationId} has neither x-speakeasy-group nor a tag`);
  return { packageDir: kebabCase(tag), resourcePath: [] };
}

function bodyFields(doc: OpenApiDocument, op: OperationObject): { kind?: "json" | "multipart"; required: boolean; fields: InputField[] } {
  const body = op.requestBody;
  if (!body) return { required: false, fields: [] };
  const types = Object.keys(body.content);
  const kind = types.includes("application/json") ? "json" : types.includes("multipart/form-data") ? "multipart" : undefined;
  if (!kind) throw new Error(`${op.operationId}: unsupported request content types ${types.join(", ")}`);
  const contentType = kind === "json" ? "application/json" : "multipart/form-data";
  const schema = body.content[contentType]?.schema ?? { type: "object" };
  const resolved = schema.$ref !== undefined ? componentSchema(doc, schemaRefName(schema.$ref)) : schema;
  if (typeList(resolved).some((t) => t !== "object")) throw new Error(`${op.operationId}: only object request bodies are supported`);
  const shape = objectShape(doc, resolved);
  if (shape.variantGroups.length > 0) throw new Error(`${op.operationId}: oneOf groups in request bodies are not supported`);
  const fields: InputField[] = [];
  for (const prop of shape.properties) {
    // Server-set fields (`document_id`, `payload_key`, ...) are never input.
    if (prop.schema.readOnly) continue;
    const inner = splitNull(prop.schema).schema;
    fields.push({
      key: prop.name,
      location: "body",
      required: prop.required,
      schema: prop.schema,
      file: kind === "multipart" && inner.type === "string" && inner.format === "binary",
    });
  }
  return { kind, required: body.required === true, fields };
}

function queryAndPathFields(doc: OpenApiDocument, op: OperationObject): InputField[] {
  const fields: InputField[] = [];
  for (const raw of op.parameters ?? []) {
    const p = resolveParameter(doc, raw);
    if (p.in !== "path" && p.in !== "query") throw new Error(`${op.operationId}: ${p.in} parameters are not supported`);
    const schema = p.schema ?? { type: "string" };
    const dot = p.in === "query" ? p.name.indexOf(".") : -1;
    if (dot > 0) {
      // The API's dotted names are one nested object in input: `created.after` -> `{ created: { after } }`.
      const key = p.name.slice(0, dot);
      const child = { key: p.name.slice(dot + 1), required: p.required === true, schema };
      const group = fields.find((f) => f.key === key);
      if (group?.children) {
        group.children.push(child);
        group.required ||= child.required;
      } else if (group) {
        throw new Error(`${op.operationId}: query name ${key} is used both plain and dotted`);
      } else {
        fields.push({ key, location: "query", required: child.required, children: [child] });
      }
      continue;
    }
    fields.push({ key: p.name, location: p.in, required: p.in === "path" || p.required === true, schema });
  }
  return fields;
}

function pagination(op: OperationObject, response: JsonSchema | undefined): PaginationModel | undefined {
  const x = op["x-speakeasy-pagination"];
  if (!x) return undefined;
  if (x.type !== "cursor") throw new Error(`${op.operationId}: only cursor pagination is supported`);
  const cursor = x.inputs?.find((i) => i.type === "cursor");
  if (!cursor) throw new Error(`${op.operationId}: cursor pagination without a cursor input`);
  const toPath = (expr: string): string[] => expr.replace(/^\$\.?/, "").split(".").filter(Boolean);
  const nextCursor = toPath(x.outputs?.nextCursor ?? "$.pagination.next_page_token");
  const items = toPath(x.outputs?.results ?? "$.items");
  if (items.length !== 1) throw new Error(`${op.operationId}: paged results must be a top-level array`);
  if (!response) throw new Error(`${op.operationId}: paged operation without a response body`);
  return { items: items[0] as string, cursorParam: cursor.name, nextCursor };
}

/**
 * Builds the model of every operation in the document, grouped by package.
 * @throws Error on constructs the generator does not support, or duplicate input keys.
 */
export function buildModel(doc: OpenApiDocument): PackageModel[] {
  const packages = new Map<string, OperationModel[]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, value] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const op = value as OperationObject;
      const { packageDir, resourcePath } = packageAndResource(op);
      const body = bodyFields(doc, op);
      const fields = [...queryAndPathFields(doc, op), ...body.fields];
      applyFieldNotes(op.operationId, fields);
      const seen = new Set<string>();
      for (const f of fields) {
        if (seen.has(f.key)) throw new Error(`${op.operationId}: input key ${f.key} is used twice`);
        seen.add(f.key);
      }
      for (const name of path.match(/\{[^}]+\}/g) ?? []) {
        if (!fields.some((f) => f.location === "path" && `{${f.key}}` === name)) throw new Error(`${op.operationId}: ${name} is not declared`);
      }
      const success = Object.keys(op.responses)
        .filter((c) => /^2\d\d$/.test(c))
        .sort()[0];
      const response = success ? op.responses[success]?.content?.["application/json"]?.schema : undefined;
      const functionName = camelCase(op.operationId);
      const model: OperationModel = {
        operationId: op.operationId,
        functionName,
        pascalName: pascalCase(op.operationId),
        fileName: kebabCase(op.operationId),
        packageDir,
        resourcePath,
        methodName: op["x-speakeasy-name-override"] ?? functionName,
        httpMethod: method.toUpperCase() as OperationModel["httpMethod"],
        path,
        fields,
        bodyKind: body.kind,
        bodyRequired: body.required,
        response,
        pagination: pagination(op, response),
        description: OPERATION_DESCRIPTIONS[op.operationId] ?? `Sends \`${method.toUpperCase()} ${path}\` and resolves to its parsed response.`,
        custom: CUSTOM_OPERATIONS[op.operationId],
      };
      const list = packages.get(packageDir) ?? [];
      list.push(model);
      packages.set(packageDir, list);
    }
  }
  return [...packages.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([dir, operations]) => ({ dir, operations: operations.sort((a, b) => (a.operationId < b.operationId ? -1 : 1)) }));
}
