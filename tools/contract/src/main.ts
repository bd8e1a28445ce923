// CLI: `pnpm contract [path/to/factify-openapi.json] [--check]`.
// Derives tools/contract/factify.contract.json and factify.operations.json from the full OpenAPI
// document ($FACTIFY_OPENAPI or ../shared/factify-openapi.json when no path is given). `--check`
// writes nothing and exits 1 when the committed files differ from what the document yields.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, staleFiles } from "./build";
import { REPO_ROOT } from "./files";
import { SOURCE_PATH } from "./source";

function main(argv: readonly string[]): void {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log("usage: contract [path/to/factify-openapi.json] [--check]");
    return;
  }
  const unknown = argv.find((a) => a.startsWith("-") && a !== "--check");
  if (unknown) throw new Error(`Unknown option ${unknown}`);
  const given = argv.find((a) => !a.startsWith("-"));
  const source = given ? resolve(given) : SOURCE_PATH;
  if (!existsSync(source)) {
    console.error(`No OpenAPI document at ${source}: pass its path or set FACTIFY_OPENAPI.`);
    process.exit(2);
  }
  const built = build(JSON.parse(readFileSync(source, "utf8")));
  console.log(`${built.operations} operations; left out of the contract: ${built.dropped.join(", ") || "nothing"}`);
  const stale = staleFiles(built);
  if (argv.includes("--check")) {
    if (stale.length > 0) {
      console.error(`${stale.join(", ")} differ from what ${source} yields; run \`pnpm contract\`, then \`pnpm codegen\`.`);
      process.exit(1);
    }
    console.log("The committed contract matches the document.");
    return;
  }
  for (const [path, text] of built.files) writeFileSync(path, text);
  console.log(stale.length > 0 ? `Updated ${stale.join(", ")}; now run \`pnpm codegen\`.` : `Unchanged: ${[...built.files.keys()].map((p) => relative(REPO_ROOT, p)).join(", ")}.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
