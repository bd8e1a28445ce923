#!/usr/bin/env node
// The `factify` executable.
import { main } from "./main";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`factify: unexpected failure: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
