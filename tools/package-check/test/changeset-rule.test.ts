import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { changedFilesSince, lastReleaseRef, packageStates, pendingChangesets } from "../src/changeset-git";
import {
  findMissingChangesets,
  isReleaseRelevant,
  type PackageState,
  parseChangeset,
  unknownPackagesInChangesets,
} from "../src/changeset-rule";
import { publishedPackages } from "../src/workspace";

const docs = (files: string[], released = true): PackageState => ({
  name: "@factify/documents",
  relDir: "packages/documents",
  lastRelease: released ? "@factify/documents@1.0.0" : undefined,
  changedFiles: files,
});

describe("isReleaseRelevant", () => {
  it("counts sources, the manifest and the README, not tests or test config", () => {
    expect(isReleaseRelevant("packages/documents/src/get-document.ts", "packages/documents")).toBe(true);
    expect(isReleaseRelevant("packages/documents/package.json", "packages/documents")).toBe(true);
    expect(isReleaseRelevant("packages/documents/README.md", "packages/documents")).toBe(true);
    expect(isReleaseRelevant("packages/documents/test/list.test.ts", "packages/documents")).toBe(false);
    expect(isReleaseRelevant("packages/documents/src/list.test.ts", "packages/documents")).toBe(false);
    expect(isReleaseRelevant("packages/documents/src/types.test-d.ts", "packages/documents")).toBe(false);
    expect(isReleaseRelevant("packages/documents/vitest.config.ts", "packages/documents")).toBe(false);
    expect(isReleaseRelevant("packages/documents/CHANGELOG.md", "packages/documents")).toBe(false);
  });

  it("ignores files of another package whose folder name starts the same way", () => {
    expect(isReleaseRelevant("packages/documents-extra/src/a.ts", "packages/documents")).toBe(false);
  });
});

describe("parseChangeset", () => {
  it("reads quoted and unquoted package names with their bumps", () => {
    const c = parseChangeset("a.md", `---\n"@factify/documents": minor\n'@factify/core': patch\nplain: none\n---\n\nText.\n`);
    expect([...c.releases]).toEqual([
      ["@factify/documents", "minor"],
      ["@factify/core", "patch"],
      ["plain", "none"],
    ]);
  });

  it("accepts an empty changeset and rejects a malformed line or missing front matter", () => {
    expect(parseChangeset("e.md", "---\n---\n").releases.size).toBe(0);
    expect(() => parseChangeset("b.md", `---\n"@factify/core": huge\n---\n`)).toThrow(/b\.md: cannot read/);
    expect(() => parseChangeset("c.md", "just text")).toThrow(/c\.md: no front matter/);
  });
});

describe("findMissingChangesets", () => {
  const change = parseChangeset("x.md", `---\n"@factify/documents": patch\n---\nFix.\n`);

  it("flags a released package whose source changed without a changeset", () => {
    const missing = findMissingChangesets([docs(["packages/documents/src/a.ts", "packages/documents/test/a.test.ts"])], []);
    expect(missing).toEqual([
      { name: "@factify/documents", since: "@factify/documents@1.0.0", files: ["packages/documents/src/a.ts"] },
    ]);
  });

  it("is satisfied by a pending changeset naming the package", () => {
    expect(findMissingChangesets([docs(["packages/documents/src/a.ts"])], [change])).toEqual([]);
  });

  it("does not ask for a changeset when only tests changed", () => {
    expect(findMissingChangesets([docs(["packages/documents/test/a.test.ts"])], [])).toEqual([]);
  });

  it("exempts a package that was never released", () => {
    expect(findMissingChangesets([docs(["packages/documents/src/a.ts"], false)], [])).toEqual([]);
  });

  it("does not let a changeset for another package count", () => {
    const other = parseChangeset("y.md", `---\n"@factify/core": patch\n---\n`);
    expect(findMissingChangesets([docs(["packages/documents/src/a.ts"])], [other])).toHaveLength(1);
  });

  it("names changesets that mention a package this workspace does not publish", () => {
    expect(unknownPackagesInChangesets([change], new Set(["@factify/core"]))).toEqual([
      'x.md: "@factify/documents" is not a published package',
    ]);
  });
});

describe("changeset rule against git", () => {
  it("reads the last release tag and the files changed since, untracked ones included", () => {
    const repo = mkdtempSync(join(tmpdir(), "changeset-git-"));
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { cwd: repo, stdio: "pipe" });
    git("init", "-q");
    mkdirSync(join(repo, "packages", "documents", "src"), { recursive: true });
    writeFileSync(join(repo, "packages", "documents", "src", "a.ts"), "export const a = 1;\n");
    git("add", ".");
    git("commit", "-qm", "release");
    git("tag", "@factify/documents@1.0.0");
    expect(lastReleaseRef("@factify/documents", repo)).toBe("@factify/documents@1.0.0");
    expect(lastReleaseRef("@factify/core", repo)).toBeUndefined();
    writeFileSync(join(repo, "packages", "documents", "src", "a.ts"), "export const a = 2;\n");
    writeFileSync(join(repo, "packages", "documents", "src", "b.ts"), "export const b = 1;\n");
    expect(changedFilesSince("@factify/documents@1.0.0", "packages/documents", repo)).toEqual([
      "packages/documents/src/a.ts",
      "packages/documents/src/b.ts",
    ]);
    mkdirSync(join(repo, ".changeset"));
    writeFileSync(join(repo, ".changeset", "README.md"), "not a changeset");
    expect(pendingChangesets(repo)).toEqual([]);
    const pkg = { manifest: { name: "@factify/documents", version: "1.0.0" }, dir: "", relDir: "packages/documents" };
    expect(findMissingChangesets(packageStates([pkg], repo), pendingChangesets(repo))).toHaveLength(1);
    writeFileSync(join(repo, ".changeset", "fix.md"), `---\n"@factify/documents": patch\n---\nFix.\n`);
    expect(findMissingChangesets(packageStates([pkg], repo), pendingChangesets(repo))).toEqual([]);
  });

  it("holds for this repository: every changed released package has a pending changeset", () => {
    const packages = publishedPackages();
    const pending = pendingChangesets();
    expect(unknownPackagesInChangesets(pending, new Set(packages.map((p) => p.manifest.name)))).toEqual([]);
    expect(findMissingChangesets(packageStates(packages), pending)).toEqual([]);
  });
});
