// For every operation, derives bad inputs from the spec (a missing required field, a wrong type, an
// over-long or too-short string, a malformed id, an unknown enum value, an out-of-range number, an
// unknown key, a bad array item) and proves each is refused before anything is sent, with the
// offending field named.
import * as accessRequests from "@factify/access-requests";
import * as apiKeys from "@factify/api-keys";
import { createFactify, InvalidRequestError } from "@factify/core";
import * as documents from "@factify/documents";
import * as entryPages from "@factify/entry-pages";
import * as organizations from "@factify/organizations";
import * as policies from "@factify/policies";
import * as sharing from "@factify/sharing";
import * as timelines from "@factify/timelines";
import * as usage from "@factify/usage";
import * as users from "@factify/users";
import * as versions from "@factify/versions";
import { describe, expect, it } from "vitest";
import { isDateTime, nonNull, objectProperties, sampleOperation } from "./helpers/samples";
import { camelCase, deref, type Schema, type SpecOperation, specOperations } from "./helpers/spec";

const ALL: Record<string, any> = {
  ...accessRequests,
  ...apiKeys,
  ...documents,
  ...entryPages,
  ...organizations,
  ...policies,
  ...sharing,
  ...timelines,
  ...usage,
  ...users,
  ...versions,
};

interface BadInput {
  what: string;
  /** Dotted path of the field the error must name. */
  field: string;
  /** Path (keys and indexes) inside the input object where `value` goes; `undefined` value deletes. */
  at: (string | number)[];
  value: unknown;
  remove?: boolean;
  /** Builds the bad value from the valid one instead (e.g. too many copies of a valid item). */
  derive?: (valid: unknown) => unknown;
}

function pathText(at: (string | number)[]): string {
  return at.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${key}` : key), "");
}

/** Bad values for one field, from its schema. */
function badValuesFor(schema: Schema, at: (string | number)[], required: boolean): BadInput[] {
  const field = pathText(at);
  const out: BadInput[] = [];
  const s = deref(nonNull(schema));
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (required) out.push({ what: "missing required field", field, at, value: undefined, remove: true });
  if (s.enum) {
    out.push({ what: "unknown enum value", field, at, value: "not_a_known_value" });
    return out;
  }
  if (isDateTime(s)) {
    out.push({ what: "malformed date-time", field, at, value: "last tuesday" });
    out.push({ what: "wrong type", field, at, value: 1700000000 });
    return out;
  }
  if (s.format === "binary") {
    out.push({ what: "wrong type", field, at, value: 42 });
    return out;
  }
  if (type === "string") {
    out.push({ what: "wrong type", field, at, value: 12345 });
    if (s.maxLength !== undefined) out.push({ what: "over-long string", field, at, value: "a".repeat(s.maxLength + 1) });
    if (s.minLength !== undefined && s.minLength > 0) out.push({ what: "too-short string", field, at, value: "" });
    if (s.pattern) out.push({ what: "malformed id", field, at, value: "not-an-id" });
    if (s.format === "email") out.push({ what: "malformed e-mail", field, at, value: "not an address" });
    if (s.format === "uri") out.push({ what: "malformed URL", field, at, value: "not a url" });
    if (s.format === "byte") out.push({ what: "not base64", field, at, value: "***" });
  } else if (type === "integer" || type === "number") {
    out.push({ what: "wrong type", field, at, value: "12" });
    if (type === "integer") out.push({ what: "fractional integer", field, at, value: 1.5 + (s.minimum ?? 1) });
    if (s.minimum !== undefined) out.push({ what: "below minimum", field, at, value: s.minimum - 1 });
    if (s.exclusiveMinimum !== undefined) out.push({ what: "not above exclusive minimum", field, at, value: s.exclusiveMinimum });
    if (s.maximum !== undefined) out.push({ what: "above maximum", field, at, value: s.maximum + 1 });
  } else if (type === "boolean") {
    out.push({ what: "wrong type", field, at, value: "yes" });
  } else if (type === "array") {
    out.push({ what: "wrong type", field, at, value: "not-an-array" });
    const max = s.maxItems;
    if (max !== undefined) {
      out.push({ what: "too many items", field, at, value: undefined, derive: (valid) => Array.from({ length: max + 1 }, () => (valid as unknown[])[0]) });
    }
    // Items are checked too, and named by index.
    out.push(...badValuesFor(s.items ?? {}, [...at, 0], false).filter((b) => b.what !== "missing required field"));
  } else if (s.properties || s.allOf) {
    out.push({ what: "wrong type", field, at, value: "not-an-object" });
    const { props, required: req } = objectProperties(s, null);
    for (const [key, prop] of Object.entries(props)) {
      if (prop.readOnly) continue;
      out.push(...badValuesFor(prop, [...at, key], req.has(key)));
    }
    out.push({ what: "unknown key", field: pathText([...at, "zz_typo"]), at: [...at, "zz_typo"], value: 1 });
  }
  return out;
}

/** Every bad input of an operation, each derived from its valid sample. */
function badInputs(operation: SpecOperation): BadInput[] {
  const out: BadInput[] = [{ what: "unknown key", field: "zz_typo", at: ["zz_typo"], value: 1 }];
  const groups = new Map<string, Schema[]>();
  for (const p of operation.op.parameters ?? []) {
    const dot = p.name.indexOf(".");
    if (dot > 0) {
      const key = p.name.slice(0, dot);
      groups.set(key, [...(groups.get(key) ?? []), p]);
      out.push(...badValuesFor(p.schema, [key, p.name.slice(dot + 1)], p.required === true));
      continue;
    }
    out.push(...badValuesFor(p.schema, [p.name], p.in === "path" || p.required === true));
  }
  for (const key of groups.keys()) {
    out.push({ what: "wrong type", field: key, at: [key], value: "not-an-object" });
    out.push({ what: "unknown key", field: `${key}.zz_typo`, at: [key, "zz_typo"], value: 1 });
  }
  const content = operation.op.requestBody?.content ?? {};
  const body = content["application/json"]?.schema ?? content["multipart/form-data"]?.schema;
  if (body) {
    const { props, required } = objectProperties(body, null);
    for (const [key, prop] of Object.entries(props)) {
      if (prop.readOnly) {
        // Server-set fields are not input: sending one is an unknown key.
        out.push({ what: "read-only field", field: key, at: [key], value: "doc_01h2xcejqtf2nbrexx3vqjhp41" });
        continue;
      }
      // The logo wrapper requires the image the spec leaves optional.
      const isRequired = required.has(key) || (operation.operationId === "uploadOrganizationLogo" && key === "image_data");
      out.push(...badValuesFor(prop, [key], isRequired));
    }
  }
  return out;
}

function apply(input: Record<string, unknown>, bad: BadInput): Record<string, unknown> {
  const copy = structuredClone(input);
  let parent: any = copy;
  for (const key of bad.at.slice(0, -1)) {
    parent[key] ??= {};
    parent = parent[key];
  }
  const last = bad.at[bad.at.length - 1]!;
  if (bad.remove) delete parent[last];
  else parent[last] = bad.derive ? bad.derive(parent[last]) : bad.value;
  return copy;
}

describe("request validation", () => {
  describe("refuses bad input before sending and names the field", () => {
    for (const operation of specOperations()) {
      it(`${camelCase(operation.operationId)}`, async () => {
        let sent = 0;
        const client = createFactify({
          bearerAuth: "test-token",
          fetch: async () => {
            sent++;
            return new Response("{}", { headers: { "content-type": "application/json" } });
          },
          rateLimit: false,
          retryConfig: false,
        });
        const fn = ALL[camelCase(operation.operationId)];
        const valid = sampleOperation(operation).input;
        const cases = badInputs(operation);
        expect(cases.length).toBeGreaterThan(0);
        const wrong: string[] = [];
        for (const bad of cases) {
          try {
            await fn(client, apply(valid, bad));
            wrong.push(`${bad.what} at ${bad.field}: accepted`);
          } catch (error) {
            if (!(error instanceof InvalidRequestError)) wrong.push(`${bad.what} at ${bad.field}: ${String(error)}`);
            else if (error.field !== bad.field) wrong.push(`${bad.what} at ${bad.field}: error names ${error.field} (${error.message})`);
            else if (!error.message.includes(bad.field)) wrong.push(`${bad.what} at ${bad.field}: message does not name it`);
          }
        }
        expect(wrong).toEqual([]);
        expect(sent).toBe(0);
      });
    }
  });
});
