// The 1.0 release rehearsed with the repository's own pending changesets: in a scratch copy of the
// workspace, `changeset version` must take @factify/core, the eleven resource packages and
// @factify/sdk to 1.0.0, write each of them a changelog entry a user upgrading from 0.1 can act on,
// and pack packages whose peer range on core is ^1.0.0. @factify/mock-server goes to 1.0.0 with them:
// it takes core as a peer, so it must be released with the new range, and its entry says why.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pnpmPack } from "../src/pack";
import { changesetVersion, copyWorkspace, linkWorkspaceDependencies, packedManifest, versions } from "../src/release-rehearsal";
import { publishedPackages, repoRoot } from "../src/workspace";

const RESOURCE_PACKAGES = [
  "access-requests",
  "api-keys",
  "documents",
  "entry-pages",
  "organizations",
  "policies",
  "sharing",
  "timelines",
  "usage",
  "users",
  "versions",
].map((dir) => `@factify/${dir}`);
const RELEASED = ["@factify/core", ...RESOURCE_PACKAGES, "@factify/sdk", "@factify/mock-server"];

const scratch = mkdtempSync(join(tmpdir(), "factify-1-0-"));
const workspace = join(scratch, "workspace");
const pending = readdirSync(join(repoRoot, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
let before: Map<string, string>;
let after: Map<string, string>;

beforeAll(() => {
  copyWorkspace(workspace);
  for (const file of pending) cpSync(join(repoRoot, ".changeset", file), join(workspace, ".changeset", file));
  before = versions(workspace);
  changesetVersion(workspace);
  after = versions(workspace);
}, 120_000);

/** The changelog entry `changeset version` wrote for `name`'s new version. */
function entry(name: string): string {
  const pkg = publishedPackages(workspace).find((p) => p.manifest.name === name)!;
  const text = readFileSync(join(pkg.dir, "CHANGELOG.md"), "utf8");
  return text.slice(text.indexOf(`## ${after.get(name)}`)).split(/\n## /)[0]!;
}

describe("the 1.0 release", () => {
  it("has the pending changesets it needs", () => {
    expect(pending.length).toBeGreaterThanOrEqual(RELEASED.length);
  });

  it("takes core, the eleven resource packages, the SDK and the emulator from 0.1 to 1.0.0", () => {
    expect(RESOURCE_PACKAGES).toHaveLength(11);
    for (const name of RELEASED) {
      expect(before.get(name), name).toMatch(/^0\./);
      expect(after.get(name), name).toBe("1.0.0");
    }
  });

  it("leaves no package that takes core as a peer on 0.x (applications such as the CLI may stay there)", () => {
    const peersOnCore = new Set(
      publishedPackages(workspace)
        .filter((p) => p.manifest.peerDependencies?.["@factify/core"] !== undefined)
        .map((p) => p.manifest.name),
    );
    // Every released package but core itself and the SDK (which depends on core outright) peers on it.
    expect(peersOnCore.size).toBeGreaterThanOrEqual(RELEASED.length - 2);
    expect([...after].filter(([name, version]) => peersOnCore.has(name) && !version.startsWith("1.")).map(([name]) => name)).toEqual([]);
  });

  it("writes every released package a changelog entry that says what changed and what to do", () => {
    for (const name of RELEASED) {
      const text = entry(name);
      expect(text, name).toContain("### Major Changes");
      expect(text, name).toContain("upgrading from 0.1");
      // Something to act on: the entry names the core version to move to or the imports to change.
      expect(text, name).toMatch(/@factify\/core`? `?\^?1\.0|@factify\/core\/operations/);
    }
    expect(entry("@factify/documents")).toContain("new_owner_id");
    expect(entry("@factify/core")).toContain("page.body");
    expect(entry("@factify/mock-server")).toContain("takes `@factify/core` as a peer");
  });

  it("consumes every pending changeset", () => {
    expect(readdirSync(join(workspace, ".changeset")).filter((f) => f.endsWith(".md"))).toEqual([]);
  });

  it("packs resource packages that take @factify/core ^1.0.0 as a peer", () => {
    linkWorkspaceDependencies(workspace);
    const out = join(scratch, "tarballs");
    for (const dir of ["documents", "sdk", "mock-server"]) {
      const manifest = packedManifest(pnpmPack(join(workspace, "packages", dir), out));
      expect(manifest.version).toBe("1.0.0");
      const core = manifest.peerDependencies?.["@factify/core"] ?? manifest.dependencies?.["@factify/core"];
      expect(core, dir).toBe("^1.0.0");
    }
  }, 120_000);
});
