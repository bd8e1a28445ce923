// How a release of @factify/core moves the packages that take it as a peer. Changesets on its own
// gives every dependent a major release whenever a peer gets a minor or major one, even when the
// new version still fits the dependent's range: every core feature would re-release all eleven
// resource packages as breaking, the opposite of upgrading one package without touching the rest.
// The config turns that off (`onlyUpdatePeerDependentsWhenOutOfRange`); these rehearsals prove it
// on a copy of the workspace moved to 1.0.0, where `^1.0.0` ranges behave as they will after 1.0.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addChangeset, changesetVersion, copyWorkspace, versions } from "../src/release-rehearsal";
import { publishedPackages } from "../src/workspace";

/** A scratch copy of the published packages, all at `version`, with one changeset applied. */
function rehearse(version: string, releases: Record<string, "major" | "minor" | "patch">): Map<string, string> {
  const workspace = join(mkdtempSync(join(tmpdir(), "factify-peers-")), "workspace");
  copyWorkspace(workspace);
  for (const { dir, manifest } of publishedPackages(workspace)) {
    writeFileSync(join(dir, "package.json"), `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
  }
  addChangeset(workspace, "peer-rehearsal", releases, "Rehearsal release.");
  changesetVersion(workspace);
  return versions(workspace);
}

const RESOURCE_PACKAGES = ["@factify/documents", "@factify/policies", "@factify/versions"];

describe("a core release and the resource packages that take core as a peer", () => {
  it("leaves them alone when core's new version still fits their range", () => {
    const after = rehearse("1.0.0", { "@factify/core": "minor" });
    expect(after.get("@factify/core")).toBe("1.1.0");
    for (const name of RESOURCE_PACKAGES) expect(after.get(name), name).toBe("1.0.0");
  }, 60_000);

  it("gives them a major release when core leaves their range", () => {
    const after = rehearse("1.0.0", { "@factify/core": "major" });
    expect(after.get("@factify/core")).toBe("2.0.0");
    for (const name of RESOURCE_PACKAGES) expect(after.get(name), name).toBe("2.0.0");
  }, 60_000);
});
