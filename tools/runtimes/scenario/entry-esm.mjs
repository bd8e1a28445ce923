// ESM entry for Node, Bun and Deno: loads the built packages through their `import` condition and
// prints the scenario's result as one JSON line. Arguments: <baseURL> <token> <runtime name>.
import * as core from "@factify/core";
import * as documents from "@factify/documents";
import { runScenario } from "./scenario.mjs";

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
const [baseURL, token, runtime] = args;
const result = await runScenario({ ...core, ...documents }, { baseURL, token, runtime });
result.resolved = [import.meta.resolve("@factify/core"), import.meta.resolve("@factify/documents")];
// Which Node release ran it (Bun and Deno report the Node version they are compatible with).
result.node = globalThis.process?.version;
console.log(JSON.stringify(result));
