// The operation map: where every operation of the document belongs in this SDK (package and
// resource method, read from the naming extensions and tags), how it goes on the wire, and what the
// earlier single-package SDK called it (read from the document's TypeScript code sample, of which
// only the `factify.<accessor>(` name is kept).
import type { OperationRow } from "./files";

const METHODS = ["get", "put", "post", "delete", "patch"];
const WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;

const kebab = (name: string): string => (name.match(WORD) ?? []).map((w) => w.toLowerCase()).join("-");

function earlierSdkAccessor(op: Record<string, any>): string | null {
  const samples: unknown = op["x-codeSamples"];
  if (!Array.isArray(samples)) return null;
  const typescript = samples.find((s) => typeof s?.lang === "string" && /typescript/i.test(s.lang));
  const accessor = /factify\.([A-Za-z][A-Za-z0-9.]*)\(/.exec(String(typescript?.source ?? ""))?.[1];
  return accessor ?? null;
}

/**
 * One row per operation of `doc`, sorted by package and resource method.
 * @throws Error for an operation without operationId, name override, or group/tag to place it by.
 */
export function deriveOperations(doc: { paths: Record<string, Record<string, any>> }): OperationRow[] {
  const rows: OperationRow[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const id: unknown = op.operationId;
      if (typeof id !== "string") throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const name: unknown = op["x-speakeasy-name-override"];
      if (typeof name !== "string") throw new Error(`${id} has no x-speakeasy-name-override`);
      const group: unknown = op["x-speakeasy-group"];
      const [first, ...sub] = typeof group === "string" && group.length > 0 ? group.split(".") : [op.tags?.[0]];
      if (typeof first !== "string") throw new Error(`${id} has neither x-speakeasy-group nor a tag`);
      const content = Object.keys(op.requestBody?.content ?? {});
      rows.push({
        operationId: id,
        package: `@factify/${kebab(first)}`,
        method: [...sub, name].join("."),
        http: method.toUpperCase(),
        path,
        requestBody: content[0] ?? null,
        paged: op["x-speakeasy-pagination"] !== undefined,
        earlierSdk: earlierSdkAccessor(op),
      });
    }
  }
  return rows.sort((a, b) => (a.package === b.package ? (a.method < b.method ? -1 : 1) : a.package < b.package ? -1 : 1));
}
