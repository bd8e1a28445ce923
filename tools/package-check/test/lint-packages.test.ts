import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { attwProblems, publintProblems } from "../src/lint-tarball";
import { pnpmPack } from "../src/pack";
import { publishedManifestProblems } from "../src/published-manifest";
import { packedManifest } from "../src/release-rehearsal";
import { privateWorkspaceNames, publishedPackages, readManifest, repoRoot } from "../src/workspace";

const packages = publishedPackages();
const tarballs = new Map<string, string>();

beforeAll(() => {
  const dest = mkdtempSync(join(tmpdir(), "factify-pack-"));
  for (const p of packages) tarballs.set(p.manifest.name, pnpmPack(p.dir, dest));
});

const privateNames = privateWorkspaceNames();
const nodeRange = readManifest(repoRoot).engines?.node ?? "(the root package.json has no engines.node)";

describe.each(packages.map((p) => [p.manifest.name, p.relDir] as const))("%s", (name, relDir) => {
  it("ships a manifest with repository, homepage, bugs, keywords, engines and no private or dev dependency", () => {
    expect(publishedManifestProblems(packedManifest(tarballs.get(name)!), { relDir, privateNames, nodeRange })).toEqual([]);
  });

  it("passes publint --strict on its packed tarball", async () => {
    expect(await publintProblems(tarballs.get(name)!)).toEqual([]);
  });

  it("passes attw on its packed tarball (node10, node16 CJS and ESM, bundler)", async () => {
    expect(await attwProblems(tarballs.get(name)!)).toEqual([]);
  });
});
