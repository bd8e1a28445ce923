// Shared vitest settings for every package: node environment, browser-mode files excluded
// (they run in their own config), and the same build-time constants tsup defines.
import { defineConfig } from "vitest/config";

export function packageTests() {
  return defineConfig({
    define: { __PACKAGE_VERSION__: JSON.stringify("0.0.0-test") },
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      exclude: ["**/*.browser.test.ts", "**/node_modules/**", "**/dist/**"],
      typecheck: { enabled: true, include: ["**/*.test-d.ts"] },
      testTimeout: 30_000,
    },
  });
}
