import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.preset";

// The entry point is generated (src/generated/index.ts): it re-exports core and every resource
// package with `export *`, which bundlers keep only in the entry module itself.
export default defineConfig(packageBuild(import.meta.dirname, { index: "src/generated/index.ts" }));
