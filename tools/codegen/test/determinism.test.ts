import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GENERATED_HEADER } from "../src/config";
import { generate } from "../src/generate";
import { diffTree, REPO_ROOT, writeTree } from "../src/main";
import { loadSpec } from "../src/spec";
import { CONTRACT_PATH } from "@factify-tools/test-support";

describe("generated code is committed and reproducible", () => {
  describe("from the committed contract", () => {
    const temp = mkdtempSync(join(tmpdir(), "factify-codegen-"));
    afterAll(() => rmSync(temp, { recursive: true, force: true }));

    it("produces identical output on two runs", () => {
      const a = generate(loadSpec(CONTRACT_PATH));
      const b = generate(loadSpec(CONTRACT_PATH));
      expect([...a.files.keys()]).toEqual([...b.files.keys()]);
      for (const [path, text] of a.files) expect(b.files.get(path), path).toBe(text);
    });

    it("matches the committed src/generated trees byte for byte when written to a temp folder", () => {
      const result = generate(loadSpec(CONTRACT_PATH));
      writeTree(temp, result.files, result.ownedDirs);
      const mismatches: string[] = [];
      for (const path of result.files.keys()) {
        const written = readFileSync(join(temp, path), "utf8");
        let committed: string | undefined;
        try {
          committed = readFileSync(join(REPO_ROOT, path), "utf8");
        } catch {
          committed = undefined;
        }
        if (written !== committed) mismatches.push(path);
      }
      expect(mismatches, "run `pnpm codegen` and commit the result").toEqual([]);
      // No stale files either: the committed generated folders hold exactly what the contract yields.
      expect(diffTree(REPO_ROOT, result.files, result.ownedDirs)).toEqual([]);
    });

    it("marks every generated file as generated on its first line", () => {
      const result = generate(loadSpec(CONTRACT_PATH));
      for (const [path, text] of result.files) expect(text.split("\n")[0], path).toBe(GENERATED_HEADER);
    });
  });
});
