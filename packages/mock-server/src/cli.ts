#!/usr/bin/env node
// factify-mock: run the emulator from the command line and print where it listens and the
// demo credentials.
import { parseArgs } from "node:util";
import { serve } from "./node";

const HELP = `Usage: factify-mock [--port 4010] [--host 127.0.0.1] [--data state.json] [--seed | --no-seed]

  --port     port to listen on (0 = any free port)        default 4010
  --host     interface to bind                            default 127.0.0.1
  --data     JSON file: loaded at start, saved after every change and on exit
  --no-seed  start empty instead of with the demo organizations, users and documents
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      data: { type: "string" },
      seed: { type: "boolean", default: true },
      "no-seed": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`);
  const server = await serve({ port, host: values.host, dataFile: values.data, seed: values.seed && !values["no-seed"] });
  const { tokens, userTokens } = server.mock;
  const lines = [`factify-mock listening on ${server.url}`, `API base: ${server.url}/v1beta`, `Admin hooks: ${server.url}/__mock`];
  if (values.data) lines.push(`State file: ${values.data}`);
  if (Object.keys(tokens).length) {
    lines.push("", "Demo API keys (Authorization: Bearer <key>):");
    for (const [name, secret] of Object.entries(tokens)) lines.push(`  ${name.padEnd(9)} ${secret}`);
    lines.push("", "Demo user tokens (for /v1beta/me and /v1beta/user-preferences):");
    for (const [name, token] of Object.entries(userTokens)) lines.push(`  ${name.padEnd(9)} ${token}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    server.close().then(
      () => {
        process.stdout.write(`factify-mock stopped (${signal})\n`);
        process.exit(0);
      },
      (err) => {
        process.stderr.write(`factify-mock: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((err) => {
  process.stderr.write(`factify-mock: ${err instanceof Error ? err.message : String(err)}\n${HELP}`);
  process.exit(2);
});
