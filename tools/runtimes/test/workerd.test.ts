import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleEntry } from "../src/bundle";
import { type RunningEmulator, startEmulator } from "../src/emulator";
import { locate } from "../src/locate";
import { scenarioFile } from "../src/paths";
import { requireRuntime } from "../src/require-runtime";
import { expectScenario } from "./expect-scenario";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator?.close());

describe("workerd (miniflare)", () => {
  it("runs the scenario inside a Worker without nodejs_compat", async (context) => {
    requireRuntime(context, locate("workerd"));
    const bundle = await bundleEntry(scenarioFile("worker.mjs"), ["workerd", "worker"]);
    expect(bundle.inputs).toEqual(
      expect.arrayContaining(["../../packages/core/dist/index.js", "../../packages/documents/dist/index.js"]),
    );
    const mf = new Miniflare({
      modules: true,
      script: bundle.code,
      compatibilityDate: "2025-06-01",
      bindings: { BASE_URL: emulator.url, TOKEN: emulator.token },
    });
    try {
      const response = await mf.dispatchFetch("http://worker.local/");
      const text = await response.text();
      expect(response.status, text).toBe(200);
      expectScenario(JSON.parse(text), "workerd");
    } finally {
      await mf.dispose();
    }
  });
});
