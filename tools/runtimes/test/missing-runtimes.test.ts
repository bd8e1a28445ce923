// What happens when a runtime is not on the machine: a skip that names it and says how to get it,
// a failure on CI, and a banner listing every skipped runtime after the summary.
import { describe, expect, it } from "vitest";
import { chromiumPath, locate } from "../src/locate";
import { missingRuntimesBanner } from "../src/missing-runtimes-reporter";
import { MISSING_RUNTIME, requireRuntime } from "../src/require-runtime";

class Skipped extends Error {}
const context = {
  skip(note?: string): never {
    throw new Skipped(note);
  },
};
const missing = locate("chromium", { CHROMIUM_PATH: "/nonexistent/chromium" });

describe("a missing runtime", () => {
  it("is located as missing, with the path looked at and how to install it", () => {
    expect(chromiumPath({})).toBe("/usr/bin/chromium");
    expect(missing).toEqual({
      ok: false,
      reason: "chromium is not installed at /nonexistent/chromium",
      hint: expect.stringContaining("apt-get install -y chromium"),
    });
  });

  it("skips the test with the reason and the fix outside CI", () => {
    expect(() => requireRuntime(context, missing, {})).toThrow(Skipped);
    expect(() => requireRuntime(context, missing, {})).toThrow(
      new RegExp(`^${MISSING_RUNTIME} chromium is not installed at /nonexistent/chromium\\. To run it: install Debian's chromium`),
    );
  });

  it("fails the test under CI=true", () => {
    let thrown: unknown;
    try {
      requireRuntime(context, missing, { CI: "true" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(Skipped);
    expect(String(thrown)).toMatch(/chromium is not installed.*CI=true: a missing runtime fails the suite/);
  });

  it("is listed in a banner after the summary, once per reason", () => {
    const note = "chromium is not installed at /x. To run it: apt-get install -y chromium";
    const banner = missingRuntimesBanner([
      { test: "headless Chromium > loads the bundle", note },
      { test: "headless Chromium > runs the scenario", note },
    ]);
    expect(banner).toMatch(/^!{78}\nSKIPPED: 2 test\(s\) or test file\(s\) did not run/);
    expect(banner.split(note)).toHaveLength(2);
    expect(banner).toContain("  - @factify-tools/runtimes: headless Chromium > runs the scenario");
    expect(missingRuntimesBanner([])).toBe("");
  });
});

describe("a present runtime", () => {
  it("is located with its path and version, and required without a skip", (testContext) => {
    // The Node running this test serves its own line even without the npm builds.
    const line = Number(process.versions.node.split(".")[0]);
    if (line !== 20 && line !== 22 && line !== 24) testContext.skip(`Node ${line} is not one of the tested lines`);
    const node = locate(line as 20 | 22 | 24);
    expect(node).toMatchObject({ ok: true, version: expect.stringMatching(new RegExp(`^v${line}\\.`)) });
    expect(requireRuntime(context, node, { CI: "true" })).toBe(node.ok ? node.path : "(missing)");
  });
});
