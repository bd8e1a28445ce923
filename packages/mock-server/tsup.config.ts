import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.preset";

// Three entries: the web-standard emulator, the Node server and the CLI. Only the last two
// import node:* modules, which stay external (the preset builds for the neutral platform).
const base = packageBuild(import.meta.dirname, { index: "src/index.ts", node: "src/node.ts", cli: "src/cli.ts" });

export default defineConfig({ ...base, external: [/^node:/] });
