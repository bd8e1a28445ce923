// Where each runtime under test is on this machine, or why it is not and how to get it. A runtime
// counts as present only when it runs (`--version`): an npm shim whose platform binary failed to
// install exists on disk but cannot run anything.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { findNode, type Located, type NodeLine } from "@factify-tools/node-lines";
import { repoRoot } from "./paths";

export type { Located } from "@factify-tools/node-lines";

/** Every runtime the matrix runs on besides the Node lines. */
export type RuntimeName = "bun" | "deno" | "workerd" | "chromium";

/** Chromium's executable: Debian's by default, or CHROMIUM_PATH. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** How to get each runtime, for the message shown when it is missing. */
export const INSTALL_HINTS: Record<RuntimeName, string> = {
  bun: "it comes from the root devDependency bun@npm:bun@1.4.4: run `pnpm install` (its build is allowed in pnpm-workspace.yaml)",
  deno: "it comes from the root devDependency deno@npm:deno@2.9.6: run `pnpm install` (its build is allowed in pnpm-workspace.yaml)",
  workerd: "it comes with miniflare's dependency workerd, whose binary is an optional per-platform package: run `pnpm install` on a platform workerd supports",
  chromium:
    "install Debian's chromium as root (`pnpm --filter @factify-tools/runtimes run install-chromium`, i.e. `apt-get update && apt-get install -y chromium`, as .ci/run does) or point CHROMIUM_PATH at a Chromium or Chrome",
};

function runs(path: string, name: string): Located {
  try {
    const version = execFileSync(path, ["--version"], { encoding: "utf8", timeout: 30_000, stdio: ["ignore", "pipe", "pipe"] }).trim();
    return { ok: true, path, version: version.split("\n")[0]! };
  } catch (error) {
    const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, reason: `${name} at ${path} does not run: ${why}`, hint: INSTALL_HINTS[name as RuntimeName] };
  }
}

function locateWorkerd(): Located {
  try {
    // workerd's package exports the path of its platform binary and throws when that package is absent.
    const fromMiniflare = createRequire(createRequire(import.meta.url).resolve("miniflare"));
    const binary = (fromMiniflare("workerd") as { default: string }).default;
    if (!existsSync(binary)) return { ok: false, reason: `workerd's binary ${binary} is missing`, hint: INSTALL_HINTS.workerd };
    return runs(binary, "workerd");
  } catch (error) {
    const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, reason: `workerd cannot be loaded: ${why}`, hint: INSTALL_HINTS.workerd };
  }
}

/** Locates `runtime` (a name, or a Node line such as 22); `env` gives CHROMIUM_PATH. */
export function locate(runtime: RuntimeName | NodeLine, env: NodeJS.ProcessEnv = process.env): Located {
  if (typeof runtime === "number") return findNode(runtime);
  if (runtime === "workerd") return locateWorkerd();
  const path = runtime === "chromium" ? chromiumPath(env) : join(repoRoot, "node_modules", ".bin", runtime);
  if (!existsSync(path)) return { ok: false, reason: `${runtime} is not installed at ${path}`, hint: INSTALL_HINTS[runtime] };
  return runs(path, runtime);
}
