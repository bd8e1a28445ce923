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

describe("Bun", () => {
  it("runs the scenario as ESM from the built .js files", async (context) => {
    const bun = requireRuntime(context, locate("bun"));
    const result = await runJson(bun, [scenarioFile("entry-esm.mjs"), emulator.url, emulator.token, "bun"], {
      cwd: runtimesRoot,
    });
    expectBuiltOutput(expectScenario(result, "bun").resolved?.map((u) => new URL(u).pathname), ".js");
  });
});
