import { describe, expect, it } from "vitest";
import { deriveContract } from "../src/derive";

const SENTENCE = "Returns the thing you asked for. It may be empty when nothing matches.";

function sampleDocument(): any {
  return {
    openapi: "3.1.0",
    info: { title: "Sample", version: "1.2.3", description: SENTENCE },
    servers: [{ url: "https://api.example.test", description: "Production" }],
    externalDocs: { url: "https://docs.example.test", description: SENTENCE },
    tags: [{ name: "Things", description: SENTENCE }],
    paths: {
      "/things/{thing_id}": {
        get: {
          operationId: "getThing",
          summary: "Get a thing",
          description: SENTENCE,
          tags: ["Things"],
          "x-speakeasy-group": "things",
          "x-speakeasy-name-override": "get",
          "x-codeSamples": [{ lang: "typescript", source: "await factify.things.get({ thingId })" }],
          "x-future-prose": SENTENCE,
          parameters: [{ name: "thing_id", in: "path", required: true, description: SENTENCE, example: "thg_1", schema: { type: "string", pattern: "^thg_[a-z0-9]{26}$" } }, SENTENCE],
          responses: { "200": { description: SENTENCE, content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" }, examples: { one: { value: { note: SENTENCE } } } } } } },
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          title: "Thing",
          description: SENTENCE,
          type: "object",
          required: ["id", "description"],
          additionalProperties: false,
          properties: {
            // A property may be called "description": it is a name, not prose, and stays.
            description: { type: ["string", "null"], maxLength: 500, description: SENTENCE },
            id: { type: "string", readOnly: true, format: SENTENCE, example: "thg_1" },
            kind: { type: "string", enum: ["small", "large"], default: "small" },
            count: { type: "integer", minimum: 0, maximum: 10, nullable: true },
          },
        },
      },
    },
  };
}

describe("deriveContract", () => {
  const derived = deriveContract(sampleDocument());
  const contract: any = derived.contract;
  const dropped = derived.dropped;
  const text = JSON.stringify(contract);

  it("keeps no prose: descriptions, summaries, titles, examples, code samples or unknown keys", () => {
    expect(text).not.toContain(SENTENCE);
    // As keys with text values (the property *named* description stays, see below).
    expect(text).not.toMatch(/"(description|summary|title|example)":"/);
    expect(text).not.toMatch(/"(examples|externalDocs|x-codeSamples|x-future-prose)":/);
    expect(dropped).toEqual(
      expect.arrayContaining([
        "document.externalDocs",
        "info.title",
        "operation.summary",
        "operation.x-codeSamples",
        "operation.x-future-prose",
        "mediaType.examples",
        "schema.title",
        "schema.example",
        "server.description",
        "tag.description",
      ]),
    );
  });

  it("drops a string under an allowed key when it reads like a sentence", () => {
    expect(contract.components.schemas.Thing.properties.id).toEqual({ readOnly: true, type: "string" });
    expect(dropped).toContain("schema.format (value not structural)");
    // A list item that is not an object (here a sentence among the parameters) goes too.
    expect(dropped).toContain("operation.parameters (value not structural)");
  });

  it("keeps the structure: paths, names, naming extensions, parameters, refs, enums, limits, flags", () => {
    const op = contract.paths["/things/{thing_id}"].get;
    expect(op).toEqual({
      operationId: "getThing",
      parameters: [{ in: "path", name: "thing_id", required: true, schema: { pattern: "^thg_[a-z0-9]{26}$", type: "string" } }],
      responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } } },
      tags: ["Things"],
      "x-speakeasy-group": "things",
      "x-speakeasy-name-override": "get",
    });
    const thing = contract.components.schemas.Thing;
    expect(thing.required).toEqual(["id", "description"]);
    expect(thing.additionalProperties).toBe(false);
    expect(thing.properties.description).toEqual({ maxLength: 500, type: ["string", "null"] });
    expect(thing.properties.kind).toEqual({ default: "small", enum: ["small", "large"], type: "string" });
    expect(thing.properties.count).toEqual({ maximum: 10, minimum: 0, nullable: true, type: "integer" });
    expect(contract.info).toEqual({ version: "1.2.3" });
    expect(contract.servers).toEqual([{ url: "https://api.example.test" }]);
    expect(contract.tags).toEqual([{ name: "Things" }]);
  });

  it("writes every object's keys in sorted order, whatever the document's order", () => {
    const keys = Object.keys(contract.components.schemas.Thing.properties);
    expect(keys).toEqual(["count", "description", "id", "kind"]);
    expect(Object.keys(contract)).toEqual([...Object.keys(contract)].sort());
  });

  it("is a fixed point: deriving the contract from the contract changes nothing", () => {
    const again = deriveContract(contract);
    expect(again.contract).toEqual(contract);
    expect(again.dropped).toEqual([]);
  });

  it("refuses what is not an OpenAPI 3 document", () => {
    expect(() => deriveContract({ swagger: "2.0", paths: {} })).toThrow(/OpenAPI 3/);
    expect(() => deriveContract("{}")).toThrow(/OpenAPI 3/);
  });
});
