import { afterAll, beforeAll, describe, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../src/emulator";
import { runtimesRoot, scenarioFile } from "../src/paths";
import { runJson } from "../src/spawn";
import { expectBuiltOutput, expectScenario } from "./expect-scenario";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator?.close());

describe("Node 20", () => {
  it("runs the scenario as ESM from the built .js files", async () => {
    const result = await runJson(process.execPath, [scenarioFile("entry-esm.mjs"), emulator.url, emulator.token, "node-esm"], {
      cwd: runtimesRoot,
    });
    expectBuiltOutput(expectScenario(result, "node-esm").resolved?.map((u) => new URL(u).pathname), ".js");
  });

  it("runs the scenario as CommonJS from the built .cjs files", async () => {
    const result = await runJson(process.execPath, [scenarioFile("entry-cjs.cjs"), emulator.url, emulator.token, "node-cjs"], {
      cwd: runtimesRoot,
    });
    expectBuiltOutput(expectScenario(result, "node-cjs").resolved, ".cjs");
  });
});
