import { afterAll, beforeAll, describe, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../src/emulator";
import { requireExecutable, runtimesRoot, scenarioFile } from "../src/paths";
import { runJson } from "../src/spawn";
import { expectBuiltOutput, expectScenario } from "./expect-scenario";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator?.close());

describe("Bun", () => {
  it("runs the scenario as ESM from the built .js files", async () => {
    const bun = requireExecutable("bun");
    const result = await runJson(bun, [scenarioFile("entry-esm.mjs"), emulator.url, emulator.token, "bun"], {
      cwd: runtimesRoot,
    });
    expectBuiltOutput(expectScenario(result, "bun").resolved?.map((u) => new URL(u).pathname), ".js");
  });
});
