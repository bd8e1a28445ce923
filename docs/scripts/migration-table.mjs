// Regenerates the operation table of docs/migration.md from the API contract and ../shared/API-MAP.md:
// for every operation, the call in the earlier single-package SDK (as its code samples in the
// contract spell it) beside the calls in this SDK. Only names and paths are read from the spec.
// Usage: node docs/scripts/migration-table.mjs [path/to/factify-openapi.json] [--check]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const specPath = args.find((a) => !a.startsWith("--")) ?? join(repo, "..", "shared", "factify-openapi.json");
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const apiMap = readFileSync(join(dirname(specPath), "API-MAP.md"), "utf8");

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

const ours = new Map();
for (const line of apiMap.split("\n")) {
  const cells = line.split("|").map((c) => c.trim());
  if (cells.length < 8 || !cells[1]?.startsWith("@factify/")) continue;
  ours.set(cells[3], { pkg: cells[1], method: cells[2] });
}

const rows = [];
for (const [, ops] of Object.entries(spec.paths)) {
  for (const [, op] of Object.entries(ops)) {
    if (!op.operationId) continue;
    const mine = ours.get(op.operationId);
    if (!mine) throw new Error(`${op.operationId} is missing from API-MAP.md`);
    const pathParams = (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
    const otherParams = (op.parameters ?? []).filter((p) => p.in !== "path").length > 0;
    const body = op.requestBody !== undefined;

    const sample = (op["x-codeSamples"] ?? []).find((c) => /typescript/i.test(c.lang))?.source ?? "";
    const accessor = /factify\.([A-Za-z.]+)\(/.exec(sample)?.[1];
    let before = "not in the earlier SDK (internal operation)";
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
    const facade = `f.${camel(mine.pkg.replace("@factify/", ""))}.${mine.method}(${input})`;
    const standalone = `${fn}(factify${input ? `, ${input}` : ""})`;
    rows.push({ pkg: mine.pkg, fn, line: `| ${before} | \`${standalone}\` from \`${mine.pkg}\`<br>\`${facade}\` |` });
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
