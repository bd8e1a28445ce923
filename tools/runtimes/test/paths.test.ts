import { describe, expect, it } from "vitest";
import { executables, requireExecutable } from "../src/paths";

describe("runtime executables", () => {
  it("names the missing runtime and how to install it instead of skipping", () => {
    const saved = executables.chromium;
    executables.chromium = "/nonexistent/chromium";
    try {
      expect(() => requireExecutable("chromium")).toThrow(
        /chromium is not installed at \/nonexistent\/chromium: install Debian's chromium/,
      );
    } finally {
      executables.chromium = saved;
    }
  });
});
