import { defineConfig, mergeConfig } from "vitest/config";
import { packageTests } from "../../vitest.preset";

// The tarball install test packs, versions and installs real packages: it gets a longer timeout.
export default mergeConfig(packageTests(), defineConfig({ test: { testTimeout: 180_000, hookTimeout: 180_000 } }));
