// Chromium entry, bundled by esbuild: the page calls `window.runSmoke()` and reads the result.
import * as core from "@factify/core";
import * as documents from "@factify/documents";
import { runScenario } from "./scenario.mjs";

window.runSmoke = (baseURL, token) => runScenario({ ...core, ...documents }, { baseURL, token, runtime: "chromium" });
