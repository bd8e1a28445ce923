import { describe, expect, it } from "vitest";
import { generate } from "../src/generate";
import type { OpenApiDocument } from "../src/spec";

const ID = "^thg_[0-9a-z]{4}$";
const PROSE = "This sentence belongs to the spec authors and must never be copied.";

// A small document exercising every construct the generator claims to handle.
const doc: OpenApiDocument = {
  openapi: "3.1.0",
  info: { version: "1" },
  paths: {
    "/v1/things": {
      get: {
        operationId: "listThings",
        tags: ["Things"],
        description: PROSE,
        "x-speakeasy-name-override": "list",
        "x-speakeasy-pagination": { type: "cursor", inputs: [{ name: "page_token", in: "parameters", type: "cursor" }], outputs: { nextCursor: "$.pagination.next_page_token" } },
        parameters: [
          { in: "query", name: "page_token", schema: { type: "string" } },
          { in: "query", name: "created.after", schema: { type: "string", format: "date-time" } },
          { in: "query", name: "created.before", schema: { type: "string", format: "date-time" } },
          { in: "query", name: "status", schema: { type: "array", items: { $ref: "#/components/schemas/Status" } } },
        ],
        responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/ListThingsResponse" } } } } },
      },
      post: {
        operationId: "createThing",
        tags: ["Things"],
        requestBody: { required: true, content: { "multipart/form-data": { schema: { $ref: "#/components/schemas/CreateThingRequest" } } } },
        responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } } },
      },
    },
    "/v1/things/{thing_id}": {
      patch: {
        operationId: "updateAPIThing",
        tags: ["Things"],
        "x-speakeasy-group": "things.parts",
        parameters: [{ in: "path", name: "thing_id", required: true, schema: { type: "string", pattern: ID } }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                additionalProperties: false,
                properties: {
                  title: { type: ["string", "null"], maxLength: 10, description: PROSE },
                  url: { type: "string", format: "uri" },
                  count: { type: "integer", format: "int32", exclusiveMinimum: 0 },
                },
                required: ["title"],
              },
            },
          },
        },
        responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } } },
      },
      delete: {
        operationId: "trashThing",
        tags: ["Things"],
        parameters: [{ in: "path", name: "thing_id", required: true, schema: { type: "string", pattern: ID } }],
        requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: {} } } } },
        responses: { "200": { content: { "application/json": { schema: { type: "object", additionalProperties: false } } } } },
      },
    },
  },
  components: {
    schemas: {
      Status: { enum: ["on", "off"] },
      Pagination: { type: "object", properties: { next_page_token: { type: "string" } } },
      ListThingsResponse: {
        type: "object",
        properties: { items: { type: "array", items: { $ref: "#/components/schemas/Thing" } }, pagination: { $ref: "#/components/schemas/Pagination" } },
        required: ["pagination"],
      },
      Thing: {
        type: "object",
        additionalProperties: false,
        description: PROSE,
        allOf: [
          { properties: { id: { type: "string", pattern: ID }, status: { $ref: "#/components/schemas/Status" } } },
          {
            oneOf: [
              { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
              { type: "object", properties: { tree: { $ref: "#/components/schemas/ns.v1.Node" } }, required: ["tree"] },
            ],
          },
        ],
        properties: { note: { oneOf: [{ type: "string" }, { type: "null" }] }, tags: { type: "object", additionalProperties: { type: "string" } } },
        required: ["id"],
      },
      "ns.v1.Node": {
        type: "object",
        properties: { children: { type: "array", items: { $ref: "#/components/schemas/ns.v1.Node" } }, label: { type: "string" } },
      },
      CreateThingRequest: {
        type: "object",
        properties: {
          payload: { type: "string", format: "binary" },
          name: { type: "string", minLength: 1, maxLength: 5 },
          thing_id: { type: "string", readOnly: true },
          kind: { oneOf: [{ $ref: "#/components/schemas/Status" }, { type: "null" }] },
        },
        required: ["payload", "name"],
      },
    },
  },
};

const files = generate(doc).files;
const file = (path: string): string => {
  const text = files.get(`packages/things/src/generated/${path}`);
  if (text === undefined) throw new Error(`not generated: ${path}; have ${[...files.keys()].join(", ")}`);
  return text;
};

describe("code generation from a small document", () => {
  it("groups operations by x-speakeasy-group or tag and names functions in regular camelCase", () => {
    expect(file("index.ts")).toContain("updateApiThing, type UpdateApiThingParams");
    expect(file("resource.ts")).toContain("export class ThingParts");
    expect(file("resource.ts")).toMatch(/readonly parts: ThingParts;/);
    expect(file("resource.ts")).toMatch(/\n {2}list\(params\?: ListThingsParams/);
  });

  it("nests dotted query names and keeps arrays of closed enums in input", () => {
    const list = file("operations/list-things.ts");
    expect(list).toMatch(/created\?: \{\n\s+\/\*\* A Date or an RFC 3339 string\. \*\/\n\s+after\?: Date \| string \| undefined;/);
    // A GET has no body, so core sends every key that is not a path parameter in the query: no list needed.
    expect(list).not.toContain("queryParams");
    expect(list).toContain("status?: readonly Status[] | undefined;");
    expect(list).toMatch(/status: \/\*@__PURE__\*\/ optional\(\/\*@__PURE__\*\/ array\(\/\*@__PURE__\*\/ picklist\(StatusValues\)\)\)/);
    expect(list).toContain("PageRequest<Thing, ListThingsResponse>");
    expect(list).toContain("return paginate(client, listThingsOperation, params, options);");
  });

  it("leaves read-only fields out of input and marks multipart files", () => {
    const create = file("operations/create-thing.ts");
    expect(create).not.toContain("thing_id");
    expect(create).toContain('fileParams: ["payload"]');
    expect(create).toContain("payload: Uploadable;");
    // Runners and descriptors come from core's operations entry; the types an app sees from its root.
    expect(create).toMatch(/import \{ [^}]*\bupload\b[^}]*\} from "@factify\/core\/operations";/);
    expect(create).toMatch(/import type \{ [^}]*\bAPIPromise\b[^}]*\} from "@factify\/core";/);
    expect(create).toContain("kind?: Status | null | undefined;");
    expect(create).toMatch(/name: \/\*@__PURE__\*\/ pipe\(\/\*@__PURE__\*\/ string\(\), \/\*@__PURE__\*\/ minLength\(1\), \/\*@__PURE__\*\/ maxLength\(5\)\)/);
  });

  it("checks patterns, formats and ranges on input, strictly", () => {
    const update = file("operations/update-api-thing.ts");
    expect(update).toContain("regex(/^thg_[0-9a-z]{4}$/)");
    expect(update).toContain("url()");
    expect(update).toContain("gtValue(0)");
    expect(update).toContain("maxValue(2147483647)");
    expect(update).toContain("title: string | null;");
    expect(update).not.toContain("looseObject");
  });

  it("makes params optional when nothing is required and still sends the empty body", () => {
    const trash = file("operations/trash-thing.ts");
    expect(trash).toContain("params: TrashThingParams,");
    const list = file("operations/list-things.ts");
    expect(list).toContain("params: ListThingsParams = {}");
    expect(trash).toContain('body: "json"');
    expect(trash).toContain("export type TrashThingResponse = Record<string, unknown>;");
  });

  it("writes lenient response schemas: loose objects, open enums, nullable, optional oneof keys", () => {
    const schemas = file("schemas.ts");
    const types = file("types.ts");
    expect(schemas).toContain("export const StatusSchema: GenericSchema<unknown, Status | (string & {})> = /*@__PURE__*/ openEnum(StatusValues);");
    expect(schemas).toMatch(/ThingSchema: GenericSchema<unknown, Thing> = \/\*@__PURE__\*\/ looseObject\(\{/);
    expect(schemas).toMatch(/note: \/\*@__PURE__\*\/ optional\(\/\*@__PURE__\*\/ nullable\(/);
    expect(schemas).toMatch(/text: \/\*@__PURE__\*\/ optional\(/);
    expect(schemas).not.toContain("regex(");
    expect(types).toContain("status?: Status | (string & {}) | undefined;");
    expect(types).toMatch(/export type Thing = \{[\s\S]*\} & \(\{ text: string \} \| \{ tree: Node \}\);/);
    expect(types).toContain("tags?: Record<string, string> | undefined;");
  });

  it("uses core's Pagination and goes through lazy() for recursive schemas", () => {
    expect(file("schemas.ts")).toContain("PaginationSchema: GenericSchema<unknown, Pagination> = /*@__PURE__*/ paginationSchema();");
    expect(file("types.ts")).not.toContain("interface Pagination");
    expect(file("schemas.ts")).toMatch(/children: .*lazy\(\(\) => NodeSchema\)/);
    expect(file("types.ts")).toContain("export interface Node {");
  });

  it("never copies description prose", () => {
    for (const text of files.values()) expect(text).not.toContain("spec authors");
  });

  it("emits the SDK's resource holder and re-exports", () => {
    const resources = files.get("packages/sdk/src/generated/resources.ts") ?? "";
    expect(resources).toContain("this.things = new Things(client);");
    const entry = files.get("packages/sdk/src/generated/index.ts") ?? "";
    expect(entry).toContain('export * from "@factify/core";\nexport * from "@factify/things";');
    expect(entry).toContain('export { ClientClosedError, Factify } from "../factify";');
  });
});
