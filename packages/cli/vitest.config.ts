import { defineConfig } from "vitest/config";

// The tests drive the built `dist/cli.js` as a child process against the emulator on a port, so the
// global setup builds it first when the sources are newer than the build.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/build.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
