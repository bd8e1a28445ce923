#!/usr/bin/env node
// with-node <line> [--] <command> [args...]
//
// Runs a command with Node <line> (20, 22 or 24) first on PATH, so `node`, and every package
// executable whose shim calls `node` (vitest, tsx...), runs on that line. For a test whose
// dependency needs a newer Node than the one running the suite, e.g. in a package.json:
//   "test:node22": "with-node 22 vitest run --config vitest.node22.config.ts"
// When that Node cannot be had here, it says so loudly and exits 0 (the run is skipped), or 1 when
// CI=true: on CI every promised runtime must be tested.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { findNode, missingRuntimeFails, NODE_LINES } from "../index.mjs";

const args = process.argv.slice(2);
const line = Number(args.shift());
if (args[0] === "--") args.shift();
if (!NODE_LINES.includes(line) || args.length === 0) {
  console.error(`usage: with-node <${NODE_LINES.join("|")}> [--] <command> [args...]`);
  process.exit(2);
}

const node = findNode(line);
if (!node.ok) {
  const fails = missingRuntimeFails();
  const bar = "!".repeat(78);
  console.error(`\n${bar}\n${fails ? "FAILED" : "SKIPPED"}: \`${args.join(" ")}\` needs Node ${line}.\n${node.reason}\nTo run it: ${node.hint}.\n${bar}\n`);
  process.exit(fails ? 1 : 0);
}

// A folder holding only `node`, put first on PATH.
const dir = mkdtempSync(join(tmpdir(), `with-node-${line}-`));
symlinkSync(node.path, join(dir, "node"));
const env = { ...process.env, PATH: `${dir}${delimiter}${process.env.PATH ?? ""}`, FACTIFY_NODE_LINE: String(line) };
console.error(`with-node: ${args.join(" ")} on Node ${node.version} (${node.path})`);
const child = spawn(args[0], args.slice(1), { stdio: "inherit", env });
const cleanup = () => rmSync(dir, { recursive: true, force: true });
child.on("error", (error) => {
  cleanup();
  console.error(`with-node: could not start ${args[0]}: ${error.message}`);
  process.exit(127);
});
child.on("exit", (code, signal) => {
  cleanup();
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
