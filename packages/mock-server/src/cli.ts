#!/usr/bin/env node
// factify-mock: run the emulator from the command line. Usage mistakes print the usage (exit 2);
// anything that goes wrong after that (a taken port, an unusable --data file) is one line naming
// the port or file (exit 1), and the data file is left exactly as it was.
import { banner } from "./internal/cli/banner";
import { parseInvocation, usage } from "./internal/cli/options";
import { VERSION } from "./internal/cli/version";
import { MockDataFileError, MockServerListenError, serve } from "./node";

function fail(message: string, code: number): never {
  process.stderr.write(`factify-mock: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const invocation = parseInvocation(process.argv.slice(2), process.env);
  if (invocation.kind === "help") return void process.stdout.write(usage());
  if (invocation.kind === "version") return void process.stdout.write(`${VERSION}\n`);
  if (invocation.kind === "usage-error") {
    process.stderr.write(`factify-mock: ${invocation.message}\n\n${usage()}`);
    process.exit(2);
  }
  const o = invocation.options;
  const server = await serve({
    port: o.port,
    host: o.host,
    dataFile: o.dataFile,
    seed: o.seed,
    rateLimit: o.rateLimit ? undefined : false,
    processingDelayMs: o.processingDelayMs,
  });
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    server.close().then(
      () => {
        process.stdout.write(`factify-mock stopped (${signal})\n`);
        process.exit(0);
      },
      (err: unknown) => fail(err instanceof Error ? err.message : String(err), 1),
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  // Print only once the signal handlers are in place: whoever reads the banner may stop us at once,
  // and a signal without a handler would end the process before the data file is saved.
  const state = server.mock.inspect.state();
  const organizationNames = Object.fromEntries(Object.entries(state.demo.orgs).map(([key, id]) => [key, state.orgs[id]?.name ?? key]));
  process.stdout.write(banner({ version: VERSION, url: server.url, dataFile: o.dataFile, demo: state.demo, organizationNames }));
}

main().catch((err: unknown) => {
  if (err instanceof MockServerListenError) fail(`${err.message}; choose another with --port or FACTIFY_MOCK_PORT (0 = any free port)`, 1);
  if (err instanceof MockDataFileError) fail(err.message, 1);
  fail(`unexpected failure: ${err instanceof Error ? err.message : String(err)}`, 1);
});
