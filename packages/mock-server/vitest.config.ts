import { MissingRuntimesReporter } from "@factify-tools/missing-runtimes/reporter";
import { mergeConfig } from "vitest/config";
import { packageTests } from "../../vitest.preset";

// The msw 3 test needs a Node 22 binary; where there is none it is skipped loudly (a failure under
// CI=true) and recorded for the banner at the end of the root `pnpm test`.
export default mergeConfig(packageTests(), {
  test: { reporters: ["default", new MissingRuntimesReporter("@factify/mock-server")] },
});
