import { mergeConfig } from "vitest/config";
import { packageTests } from "../../vitest.preset";

export default mergeConfig(packageTests(), {
  test: {
    // test/factify.integration.test.ts drives the store through createFactify({ rateLimit: { store } }),
    // which @factify/core gains with its pacing work. Excluded (not skipped) until then: remove this
    // line, and the same file in tsconfig.json's "exclude", once core exports RateLimitStore.
    exclude: ["test/factify.integration.test.ts"],
    // The fleet tests run worker processes; one file at a time keeps them from competing for the CPU.
    fileParallelism: false,
  },
});
