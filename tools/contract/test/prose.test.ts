import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { filesContaining, proseLines } from "../src/prose";

const LONG = "This sentence is long enough to be worth looking for in files.";

describe("proseLines", () => {
  it("collects description and summary lines of 40 characters or more, cut to 60", () => {
    const doc = { info: { description: `short\n  ${LONG}  ` }, paths: { "/a": { get: { summary: LONG, title: "A title that is long enough to count but is not prose" } } } };
    expect(proseLines(doc)).toEqual([LONG.slice(0, 60)]);
  });
});

describe("filesContaining", () => {
  const repo = mkdtempSync(join(tmpdir(), "factify-prose-test-"));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "ignore" });
  git("init", "-q");
  mkdirSync(join(repo, "docs"));
  writeFileSync(join(repo, "docs", "tracked.md"), `Intro.\n${LONG}\n`);
  writeFileSync(join(repo, "clean.md"), "Nothing copied here.\n");
  writeFileSync(join(repo, "pnpm-lock.yaml"), `${LONG}\n`);
  writeFileSync(join(repo, ".gitignore"), "ignored.txt\n");
  writeFileSync(join(repo, "ignored.txt"), `${LONG}\n`);
  git("add", "docs/tracked.md", "clean.md", ".gitignore");
  writeFileSync(join(repo, "untracked.md"), `${LONG}\n`);

  it("names tracked and untracked files holding a line, but not ignored files or the lockfile", () => {
    expect(filesContaining(repo, [LONG.slice(0, 60)]).sort()).toEqual(["docs/tracked.md", "untracked.md"]);
  });

  it("finds nothing when no file holds a line", () => {
    expect(filesContaining(repo, ["A sentence that appears in no file of this repository at all."])).toEqual([]);
  });
});
