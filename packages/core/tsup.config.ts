import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.preset";

export default defineConfig({
  ...packageBuild(import.meta.dirname, { index: "src/index.ts", operations: "src/operations.ts" }),
  // Both entries share one copy of every class (PageRequest, APIPromise, the errors) in CommonJS
  // too, so `instanceof` agrees whichever entry a value came from.
  splitting: true,
});
