import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.preset";

export default defineConfig(packageBuild(import.meta.dirname, { index: "src/index.ts", schemas: "src/schemas.ts" }));
