// Walks the committed API contract and operation map (tools/contract) and proves, for every
// operation, that the SDK exports it from the right package under the right names (standalone
// function, resource method, Factify property), puts the right method, path, query and body on the
// wire in all three shapes, and accepts a response built from the contract's own schemas, unknown
// fields and enum values included.
import * as accessRequests from "@factify/access-requests";
import * as apiKeys from "@factify/api-keys";
import { createFactify, type FactifyClient, Page, PageRequest, ResponseValidationError } from "@factify/core";
import * as documents from "@factify/documents";
import * as entryPages from "@factify/entry-pages";
import * as organizations from "@factify/organizations";
import * as policies from "@factify/policies";
import * as sdk from "@factify/sdk";
import { Factify } from "@factify/sdk";
import * as sharing from "@factify/sharing";
import * as timelines from "@factify/timelines";
import * as usage from "@factify/usage";
import * as users from "@factify/users";
import * as versions from "@factify/versions";
import { describe, expect, it } from "vitest";
import { type Captured, captureFetch } from "./helpers/capture";
import { EXTRA_FIELD, objectProperties, responseSchema, SAMPLE_FILE, sampleOperation, sampleResponse } from "./helpers/samples";
import { apiMap, camelCase, type MapRow, pascalFromKebab, type SpecOperation, specOperations } from "./helpers/spec";

const MODULES: Record<string, Record<string, any>> = {
  "@factify/access-requests": accessRequests,
  "@factify/api-keys": apiKeys,
  "@factify/documents": documents,
  "@factify/entry-pages": entryPages,
  "@factify/organizations": organizations,
  "@factify/policies": policies,
  "@factify/sharing": sharing,
  "@factify/timelines": timelines,
  "@factify/usage": usage,
  "@factify/users": users,
  "@factify/versions": versions,
};

type Shape = "standalone" | "resource" | "factify";
const SHAPES: Shape[] = ["standalone", "resource", "factify"];

function dig(root: any, dotted: string): any {
  return dotted.split(".").reduce((obj, key) => obj?.[key], root);
}

/** The callable for one operation in one shape, bound to a client that answers with `body`. */
function callable(row: MapRow, shape: Shape, fetch: typeof globalThis.fetch): { call: (input: unknown) => any; client: FactifyClient } {
  const options = { bearerAuth: "test-token", fetch, rateLimit: false as const, retryConfig: false as const };
  const mod = MODULES[row.pkg]!;
  const dir = row.pkg.replace("@factify/", "");
  if (shape === "factify") {
    const factify = new Factify(options);
    const parent = dig(factify, [camelCase(dir), ...row.method.split(".").slice(0, -1)].join("."));
    const method = parent[row.method.split(".").pop()!];
    return { call: (input) => method.call(parent, input), client: factify.client };
  }
  const client = createFactify(options);
  if (shape === "standalone") return { call: (input) => mod[camelCase(row.fn)](client, input), client };
  const resource = new mod[pascalFromKebab(dir)](client);
  const parent = row.method.includes(".") ? dig(resource, row.method.split(".").slice(0, -1).join(".")) : resource;
  const method = parent[row.method.split(".").pop()!];
  return { call: (input) => method.call(parent, input), client };
}

async function settle(result: unknown): Promise<{ value: unknown; page?: Page<unknown, unknown> }> {
  if (result instanceof PageRequest) {
    const page = await result;
    return { value: page.body, page };
  }
  return { value: await result };
}

function sortedPairs(url: URL): [string, string][] {
  return [...url.searchParams.entries()].sort(([a, x], [b, y]) => (a + x < b + y ? -1 : 1));
}

async function expectRequest(got: Captured, row: MapRow, sample: ReturnType<typeof sampleOperation>): Promise<void> {
  expect(got.method).toBe(row.http);
  expect(got.url.pathname).toBe(sample.path);
  expect(sortedPairs(got.url)).toEqual([...sample.query].sort(([a, x], [b, y]) => (a + x < b + y ? -1 : 1)));
  expect(got.headers.get("authorization")).toBe("Bearer test-token");
  if (sample.body.kind === "none") {
    expect(got.text).toBeUndefined();
    expect(got.form).toBeUndefined();
  } else if (sample.body.kind === "json") {
    expect(got.headers.get("content-type")).toMatch(/^application\/json/);
    expect(JSON.parse(got.text ?? "null")).toEqual(sample.body.value);
  } else {
    const form = got.form as FormData;
    expect([...new Set(form.keys())].sort()).toEqual(Object.keys(sample.body.fields).sort());
    for (const [key, value] of Object.entries(sample.body.fields)) {
      const part = form.get(key);
      if (value instanceof Uint8Array) {
        expect(part).toBeInstanceOf(Blob);
        expect(new Uint8Array(await (part as Blob).arrayBuffer())).toEqual(SAMPLE_FILE);
      } else {
        expect(part).toBe(String(value));
      }
    }
  }
}

describe("conformance with the Factify API contract", () => {
  describe("every operation", () => {
    const operations = specOperations();
    const rows = apiMap();
    const byId = new Map<string, SpecOperation>(operations.map((o) => [o.operationId, o]));

    it("the operation map and the contract list the same 59 operations", () => {
      expect(operations).toHaveLength(59);
      expect(rows.map((r) => r.fn).sort()).toEqual(operations.map((o) => o.operationId).sort());
      for (const row of rows) {
        const op = byId.get(row.fn)!;
        expect([row.http, row.path], row.fn).toEqual([op.method, op.path]);
      }
    });

    for (const row of rows) {
      describe(`${row.pkg} ${row.method} (${camelCase(row.fn)})`, () => {
        const operation = () => byId.get(row.fn)!;

        it("is exported under its names from its own package only", () => {
          const fn = camelCase(row.fn);
          const mod = MODULES[row.pkg]!;
          expect(typeof mod[fn]).toBe("function");
          for (const [name, other] of Object.entries(MODULES)) if (name !== row.pkg) expect(other[fn], `${fn} also in ${name}`).toBeUndefined();
          const resourceClass = mod[pascalFromKebab(row.pkg.replace("@factify/", ""))];
          expect(typeof resourceClass).toBe("function");
          // @factify/sdk re-exports the very same bindings.
          expect((sdk as Record<string, unknown>)[fn]).toBe(mod[fn]);
          expect((sdk as Record<string, unknown>)[pascalFromKebab(row.pkg.replace("@factify/", ""))]).toBe(resourceClass);
          const { fetch } = captureFetch(() => ({ body: {} }));
          for (const shape of ["resource", "factify"] as const) expect(() => callable(row, shape, fetch)).not.toThrow();
          expect(typeof dig(new resourceClass(createFactify({ fetch, bearerAuth: "t" })), row.method)).toBe("function");
        });

        it("sends the right method, path, query and body as a function, a resource method and a Factify method", async () => {
          const sample = sampleOperation(operation());
          const body = sampleResponse(responseSchema(operation()), { enums: "known" });
          for (const shape of SHAPES) {
            const { fetch, calls } = captureFetch(() => ({ body }));
            const { call } = callable(row, shape, fetch);
            await settle(call(sample.input));
            expect(calls, shape).toHaveLength(1);
            await expectRequest(calls[0]!, row, sample);
          }
        });

        it("accepts a spec-shaped response with unknown fields, keeping them", async () => {
          const sample = sampleOperation(operation());
          const body = sampleResponse(responseSchema(operation()), { enums: "known" }) as Record<string, unknown>;
          const { fetch } = captureFetch(() => ({ body }));
          const { value, page } = await settle(callable(row, "standalone", fetch).call(sample.input));
          expect(value).toEqual(body);
          expect((value as Record<string, unknown>)[EXTRA_FIELD]).toEqual({ nested: true });
          if (row.paged) {
            expect(page).toBeInstanceOf(Page);
            expect(page?.items).toEqual(body.items);
          }
        });

        it("accepts enum values the spec does not list", async () => {
          const sample = sampleOperation(operation());
          const body = sampleResponse(responseSchema(operation()), { enums: "unknown" });
          const { fetch } = captureFetch(() => ({ body }));
          const { value } = await settle(callable(row, "standalone", fetch).call(sample.input));
          expect(value).toEqual(body);
        });

        it("rejects a response that misses a required field or has a wrong type", async () => {
          const sample = sampleOperation(operation());
          const schema = responseSchema(operation());
          const body = sampleResponse(schema, { enums: "known" }) as Record<string, unknown>;
          const [firstRequired] = objectProperties(schema, null).required;
          let broken: unknown;
          if (firstRequired) {
            broken = { ...body };
            delete (broken as Record<string, unknown>)[firstRequired];
          } else if (Object.keys(body).some((k) => k !== EXTRA_FIELD)) {
            broken = { ...body, ...wrongTypes(body) };
          } else {
            // An empty object schema accepts any object, but still not a string.
            broken = "not an object";
          }
          const { fetch } = captureFetch(() => ({ body: broken }));
          await expect(settle(callable(row, "standalone", fetch).call(sample.input))).rejects.toBeInstanceOf(ResponseValidationError);
        });
      });
    }
  });
});

/** Replaces every scalar field of `body` with a value of another JSON type. */
function wrongTypes(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === EXTRA_FIELD) continue;
    out[key] = typeof value === "string" ? 12345 : typeof value === "object" && value !== null ? "not an object" : "not a scalar";
  }
  return out;
}
