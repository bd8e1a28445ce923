// Regenerates the operation table of docs/migration.md from the committed API contract and
// operation map (tools/contract): for every operation, the call in the earlier single-package SDK
// (the accessor its code samples used, kept in the operation map) beside the calls in this SDK.
// Usage: node docs/scripts/migration-table.mjs [--check]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const readJson = (...path) => JSON.parse(readFileSync(join(repo, "tools", "contract", ...path), "utf8"));
const spec = readJson("factify.contract.json");
const operations = readJson("factify.operations.json");

const WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
const words = (s) => (s.match(WORD) ?? []).map((w) => w.toLowerCase());
const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);
// The same folding tools/codegen applies: `deleteAPIKeyQuota` -> `deleteApiKeyQuota`.
const camel = (s) => {
  const [first = "", ...rest] = words(s);
  return first + rest.map(cap).join("");
};
// The earlier SDK camel-cased wire names without folding acronyms: `document_id` -> `documentId`.
const oldName = (s) => s.replace(/[._]([a-z0-9])/g, (_, c) => c.toUpperCase());

const ours = new Map(operations.map((row) => [row.operationId, row]));

const rows = [];
for (const [, ops] of Object.entries(spec.paths)) {
  for (const [, op] of Object.entries(ops)) {
    if (!op.operationId) continue;
    const mine = ours.get(op.operationId);
    if (!mine) throw new Error(`${op.operationId} is missing from tools/contract/factify.operations.json`);
    const pathParams = (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
    const otherParams = (op.parameters ?? []).filter((p) => p.in !== "path").length > 0;
    const body = op.requestBody !== undefined;

    let before = "not in the earlier SDK (internal operation)";
    const accessor = mine.earlierSdk;
    if (accessor && !op["x-speakeasy-ignore"]) {
      const oldArgs = pathParams.map(oldName);
      if (body && pathParams.length > 0) oldArgs.push("body: {…}");
      else if (body || otherParams) oldArgs.push("…");
      const call = `factify.${accessor}(${oldArgs.length ? `{ ${oldArgs.join(", ")} }` : ""})`;
      const standalone = camel(accessor.split(".").map(cap).join(""));
      before = `\`${call}\`<br>\`${standalone}(core${oldArgs.length ? ", …" : ""})\``;
    }

    const newArgs = [...pathParams];
    if (body || otherParams) newArgs.push("…");
    const input = newArgs.length ? `{ ${newArgs.join(", ")} }` : "";
    const fn = camel(op.operationId);
    const facade = `f.${camel(mine.package.replace("@factify/", ""))}.${mine.method}(${input})`;
    const standalone = `${fn}(factify${input ? `, ${input}` : ""})`;
    rows.push({ pkg: mine.package, fn, line: `| ${before} | \`${standalone}\` from \`${mine.package}\`<br>\`${facade}\` |` });
  }
}
rows.sort((a, b) => a.pkg.localeCompare(b.pkg) || a.fn.localeCompare(b.fn));

const table = [
  "| Earlier SDK: method<br>standalone function | This SDK: standalone function<br>`@factify/sdk` facade |",
  "|---|---|",
  ...rows.map((r) => r.line),
].join("\n");

const file = join(repo, "docs", "migration.md");
const text = readFileSync(file, "utf8");
const start = "<!-- operation-table:start -->";
const end = "<!-- operation-table:end -->";
const a = text.indexOf(start);
const b = text.indexOf(end);
if (a < 0 || b < a) throw new Error(`${file} has no ${start} … ${end} block`);
const next = `${text.slice(0, a + start.length)}\n${table}\n${text.slice(b)}`;
if (args.includes("--check")) {
  if (next !== text) {
    console.error("docs/migration.md's operation table is out of date: run node docs/scripts/migration-table.mjs");
    process.exitCode = 1;
  }
} else {
  writeFileSync(file, next);
  console.log(`wrote ${rows.length} operations into docs/migration.md`);
}
