import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.preset";

// Four entries: the web-standard emulator, the msw handlers, the Node server and the CLI. Only the
// last two import node:* modules, which stay external (the preset builds for the neutral platform);
// @factify/core and msw are peer dependencies, which tsup leaves external too.
const base = packageBuild(import.meta.dirname, { index: "src/index.ts", msw: "src/msw.ts", node: "src/node.ts", cli: "src/cli.ts" });

export default defineConfig({ ...base, external: [/^node:/] });
