import { mergeConfig } from "vitest/config";
import { packageTests } from "../../vitest.preset";

export default mergeConfig(packageTests(), {
  test: {
    // The fleet tests run worker processes; one file at a time keeps them from competing for the CPU.
    fileParallelism: false,
  },
});
