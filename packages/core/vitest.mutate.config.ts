// Vitest settings for mutation runs (`pnpm mutate`): the behaviour tests only. Self-contained because
// Stryker runs it from a copy of this package, where the shared preset two levels up is not found.
// Left out: type tests (no mutant changes a type), the bundle-size check (it bundles from sources,
// so it would judge Stryker's instrumented copy rather than the code) and the 200 MB memory test
// (seconds per run; the streaming it covers is mutated under the multipart tests).
import { defineConfig } from "vitest/config";

export default defineConfig({
  define: { __PACKAGE_VERSION__: JSON.stringify("0.0.0-test") },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/size.test.ts", "test/data/upload-memory.test.ts", "**/node_modules/**", "**/dist/**"],
    typecheck: { enabled: false },
    testTimeout: 120_000,
  },
});
