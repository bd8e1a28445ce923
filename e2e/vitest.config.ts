import { defineConfig, mergeConfig } from "vitest/config";
import { packageTests } from "../vitest.preset";

// Tests import the @factify packages by name, so they run against the built dist/ that users get.
// Files that spawn processes or hold a port are few; the rest are in-process and fast.
export default mergeConfig(packageTests(), defineConfig({ test: { testTimeout: 30_000, hookTimeout: 30_000 } }));
