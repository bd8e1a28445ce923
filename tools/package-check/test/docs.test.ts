import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../src/workspace";

describe("docs/migration.md", () => {
  it("has an operation table generated from the committed API contract and operation map", async () => {
    const script = join(repoRoot, "docs", "scripts", "migration-table.mjs");
    // --check exits non-zero, naming the fix, when the committed table differs from a fresh one.
    await expect(promisify(execFile)(process.execPath, [script, "--check"], { cwd: repoRoot })).resolves.toBeDefined();
  });
});
