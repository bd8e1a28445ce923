// Everything the contract script writes, built from one full document, and how it compares with
// what is committed. The CLI and the drift check share this, so they cannot disagree.
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { deriveContract } from "./derive";
import { CONTRACT_PATH, OPERATIONS_PATH, REPO_ROOT, serialize } from "./files";
import { deriveOperations } from "./operations";

/** The committed files' texts by absolute path, and the kinds of keys the contract left out. */
export interface Built {
  files: Map<string, string>;
  dropped: string[];
  operations: number;
}

/** Derives the contract and the operation map from the full document `doc`. */
export function build(doc: unknown): Built {
  const { contract, dropped } = deriveContract(doc);
  const operations = deriveOperations(doc as { paths: Record<string, Record<string, any>> });
  const files = new Map([
    [CONTRACT_PATH, serialize(contract)],
    [OPERATIONS_PATH, serialize(operations)],
  ]);
  return { files, dropped, operations: operations.length };
}

/** Repo-relative paths of the built files that differ from (or are missing in) the working tree. */
export function staleFiles(built: Built): string[] {
  const stale: string[] = [];
  for (const [path, text] of built.files) {
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) stale.push(relative(REPO_ROOT, path));
  }
  return stale;
}
