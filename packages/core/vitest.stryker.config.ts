// The vitest settings of ../../vitest.preset.ts for Stryker's sandbox, which is a copy of this
// folder alone (packages/core/.stryker-tmp/sandbox-*): it cannot import files above it. Type tests
// are left out: a mutant that breaks types is not what mutation testing measures.
import { defineConfig } from "vitest/config";

export default defineConfig({
  define: { __PACKAGE_VERSION__: JSON.stringify("0.0.0-test") },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["**/*.browser.test.ts", "**/node_modules/**", "**/dist/**"],
    testTimeout: 30_000,
  },
});
