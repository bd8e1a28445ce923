import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../src/main";
import { buildModel } from "../src/model";
import { loadSpec } from "../src/spec";
import { CONTRACT_PATH } from "@factify-tools/test-support";

describe("package READMEs", () => {
  it("exist and name every function and resource method of their package", () => {
    for (const pkg of buildModel(loadSpec(CONTRACT_PATH))) {
      const path = join(REPO_ROOT, "packages", pkg.dir, "README.md");
      expect(existsSync(path), path).toBe(true);
      const text = readFileSync(path, "utf8");
      expect(text, pkg.dir).toContain(`npm install @factify/core @factify/${pkg.dir}`);
      for (const op of pkg.operations) {
        expect(text, `${pkg.dir}: ${op.functionName}`).toContain(`\`${op.functionName}\``);
        expect(text, `${pkg.dir}: ${op.methodName}`).toContain(`\`${[...op.resourcePath, op.methodName].join(".")}\``);
      }
    }
  });
});
