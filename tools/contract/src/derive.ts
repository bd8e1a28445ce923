// Derives the contract from a full OpenAPI document: walks it along the allow-list, keeps the
// allowed keys whose values have the expected shape, sorts every object's keys, and reports what
// it left out so that a new structural field in a new document is noticed rather than lost.
import { ALLOWED, type NodeKind, type Rule } from "./allow-list";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The contract and the kinds of keys left out of it (`operation.summary`, `schema.title`, ...). */
export interface Derived {
  contract: JsonObject;
  dropped: string[];
}

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

// A structural string is short and single-line; a sentence is not (a name of up to four words passes: "API Keys").
const isToken = (value: unknown): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= 80 && !/[\n\r]/.test(value) && (value.match(/ /g) ?? []).length <= 3 && !/[.!?] /.test(value);
const isRef = (value: unknown): value is string => typeof value === "string" && /^#\/\S*$/.test(value);
const isUrl = (value: unknown): value is string => typeof value === "string" && /^(https?:\/\/|\/)\S*$/.test(value);

function sortedObject(entries: [string, Json][]): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[key] = value;
  return out;
}

/** Plain data (enum values, defaults) copied with sorted object keys. */
function copyData(value: Json): Json {
  if (Array.isArray(value)) return value.map(copyData);
  if (isObject(value)) return sortedObject(Object.entries(value).map(([k, v]) => [k, copyData(v)]));
  return value;
}

/**
 * Derives the prose-free contract of `doc`.
 * @throws Error when `doc` is not an OpenAPI 3.x document.
 */
export function deriveContract(doc: unknown): Derived {
  if (!isObject(doc) || typeof doc.openapi !== "string" || !doc.openapi.startsWith("3.") || !isObject(doc.paths)) {
    throw new Error("not an OpenAPI 3.x document");
  }
  const dropped = new Set<string>();
  const drop = (kind: NodeKind, key: string, why = ""): undefined => {
    dropped.add(`${kind}.${key}${why}`);
    return undefined;
  };

  const walkNode = (kind: NodeKind, value: Json): JsonObject | undefined => {
    if (!isObject(value)) return undefined;
    const allowed = ALLOWED[kind];
    const entries: [string, Json][] = [];
    for (const [key, child] of Object.entries(value)) {
      const rule = Object.hasOwn(allowed, key) ? allowed[key] : undefined;
      if (!rule) {
        drop(kind, key);
        continue;
      }
      const kept = apply(rule, child, kind, key);
      if (kept !== undefined) entries.push([key, kept]);
    }
    return sortedObject(entries);
  };

  const apply = (rule: Rule, value: Json, kind: NodeKind, key: string): Json | undefined => {
    const notStructural = () => drop(kind, key, " (value not structural)");
    switch (rule.kind) {
      case "node":
        return walkNode(rule.node, value) ?? notStructural();
      case "list":
        if (!Array.isArray(value)) return notStructural();
        return value.flatMap((item) => walkNode(rule.node, item) ?? notStructural() ?? []);
      case "map":
        if (!isObject(value)) return notStructural();
        return sortedObject(
          Object.entries(value).flatMap(([name, item]): [string, Json][] => {
            const kept = walkNode(rule.node, item);
            return kept ? [[name, kept]] : [];
          }),
        );
      case "schema-or-bool":
        return typeof value === "boolean" ? value : (walkNode("schema", value) ?? notStructural());
      case "token":
        return isToken(value) ? value : notStructural();
      case "tokens":
        if (isToken(value)) return value;
        return Array.isArray(value) && value.every(isToken) ? [...value] : notStructural();
      case "ref":
        return isRef(value) ? value : notStructural();
      case "url":
        return isUrl(value) ? value : notStructural();
      case "pattern":
        return typeof value === "string" && !/[\n\r]/.test(value) ? value : notStructural();
      case "data":
        return copyData(value);
      case "boolean":
        return typeof value === "boolean" ? value : notStructural();
      case "number":
        return typeof value === "number" ? value : notStructural();
      case "scopes":
        if (!Array.isArray(value) || !value.every((r) => isObject(r) && Object.entries(r).every(([n, s]) => isToken(n) && Array.isArray(s) && s.every(isToken)))) {
          return notStructural();
        }
        return copyData(value);
      case "ref-map":
        return isObject(value) && Object.values(value).every(isRef) ? copyData(value) : notStructural();
    }
  };

  const contract = walkNode("document", doc) as JsonObject;
  return { contract, dropped: [...dropped].sort() };
}
