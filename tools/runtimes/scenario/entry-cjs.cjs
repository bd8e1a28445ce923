// CommonJS entry for Node: loads the built packages through their `require` condition (the .cjs
// files), then runs the shared ESM scenario. Arguments: <baseURL> <token> <runtime name>.
const core = require("@factify/core");
const documents = require("@factify/documents");

async function main() {
  const [baseURL, token, runtime] = process.argv.slice(2);
  const { runScenario } = await import("./scenario.mjs");
  const result = await runScenario({ ...core, ...documents }, { baseURL, token, runtime });
  result.resolved = [require.resolve("@factify/core"), require.resolve("@factify/documents")];
  result.node = process.version;
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
