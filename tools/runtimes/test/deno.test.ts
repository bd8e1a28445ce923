import { afterAll, beforeAll, describe, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../src/emulator";
import { locate } from "../src/locate";
import { runtimesRoot, scenarioFile } from "../src/paths";
import { requireRuntime } from "../src/require-runtime";
import { runJson } from "../src/spawn";
import { expectBuiltOutput, expectScenario } from "./expect-scenario";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator?.close());

describe("Deno", () => {
  it("runs the scenario with network access to the emulator only", async (context) => {
    const deno = requireRuntime(context, locate("deno"));
    const host = new URL(emulator.url).host;
    const args = [
      "run",
      // Only the emulator's host:port is reachable; no env, fs-write or other permission is granted.
      `--allow-net=${host}`,
      "--node-modules-dir=manual",
      "--no-prompt",
      "--no-config",
      scenarioFile("entry-esm.mjs"),
      emulator.url,
      emulator.token,
      "deno",
    ];
    const result = await runJson(deno, args, { cwd: runtimesRoot, env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" } });
    expectBuiltOutput(expectScenario(result, "deno").resolved?.map((u) => new URL(u).pathname), ".js");
  });
});
