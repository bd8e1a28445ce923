import { defineConfig, mergeConfig } from "vitest/config";
import { packageTests } from "../../vitest.preset";

// Each file starts a runtime (a process, a Worker or a browser); on two cores, run them one at a time
// so no run is starved into a timeout.
export default mergeConfig(packageTests(), defineConfig({ test: { fileParallelism: false, testTimeout: 90_000 } }));
