// The drift check: whenever the full OpenAPI document is at hand ($FACTIFY_OPENAPI or
// ../shared/factify-openapi.json), the committed contract and operation map must be exactly what it
// yields, and none of its prose may appear in the repository. Without the document the check is
// skipped, loudly; a document named by $FACTIFY_OPENAPI that is not there is an error.
import { describe, expect, it } from "vitest";
import { build, staleFiles } from "../src/build";
import { REPO_ROOT } from "../src/files";
import { filesContaining, proseLines } from "../src/prose";
import { HAVE_SOURCE, readSource, SOURCE_NAMED, SOURCE_PATH } from "../src/source";

if (!HAVE_SOURCE && !SOURCE_NAMED) {
  console.warn(`contract drift check SKIPPED: no OpenAPI document at ${SOURCE_PATH} (set FACTIFY_OPENAPI to run it).`);
}

describe("contract drift", () => {
  it.runIf(SOURCE_NAMED)("finds the document FACTIFY_OPENAPI names", () => {
    expect(HAVE_SOURCE, `FACTIFY_OPENAPI names ${SOURCE_PATH}, which does not exist`).toBe(true);
  });

  describe.skipIf(!HAVE_SOURCE)(`against ${SOURCE_PATH}`, () => {
    const doc = HAVE_SOURCE ? readSource() : undefined;

    it("finds the committed contract and operation map exactly as the document yields them", () => {
      const stale = staleFiles(build(doc));
      expect(stale, "run `pnpm contract`, then `pnpm codegen`, and commit the result").toEqual([]);
    });

    it("finds no sentence of the document's descriptions or summaries in the repository", () => {
      const lines = proseLines(doc);
      expect(lines.length).toBeGreaterThan(10);
      expect(filesContaining(REPO_ROOT, lines)).toEqual([]);
    });
  });
});
