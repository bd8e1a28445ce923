#!/usr/bin/env node
// The `factify` executable.
import { main } from "./main";

// `factify documents list | head -1` closes stdout early: stop quietly, as other tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`factify: unexpected failure: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
