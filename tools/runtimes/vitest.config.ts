import { defineConfig, mergeConfig } from "vitest/config";
import { packageTests } from "../../vitest.preset";
import { MissingRuntimesReporter } from "./src/missing-runtimes-reporter";

// Each file starts a runtime (a process, a Worker or a browser); on two cores, run them one at a time
// so no run is starved into a timeout. A runtime missing on this machine is a skipped test with its
// reason (a failure under CI=true), repeated in a banner after the summary.
export default mergeConfig(
  packageTests(),
  defineConfig({ test: { fileParallelism: false, testTimeout: 90_000, reporters: ["default", new MissingRuntimesReporter("@factify-tools/runtimes")] } }),
);
