// Loaded with `node --import`: installs alias-hooks.mjs before the scenario runs.
import { register } from "node:module";

register("./alias-hooks.mjs", import.meta.url);
