// The tour itself: start the emulator on a free loopback port, then run `factify` commands as a
// user would type them, each shown with its output and exit code. Everything happens in a temporary
// folder (its own config directory, so your real login is never touched).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { samplePdf } from "@factify/mock-server";
import { serve } from "@factify/mock-server/node";

const require = createRequire(import.meta.url);
const cli = join(require.resolve("@factify/cli/package.json"), "..", "dist", "cli.js");
const server = await serve({ port: 0 });
const work = mkdtempSync(join(tmpdir(), "factify-cli-tour-"));
const baseEnv = { PATH: process.env.PATH, HOME: work, XDG_CONFIG_HOME: join(work, "config"), FACTIFY_SERVER_URL: server.url };
const { tokens, demo } = server.mock;

/** Quotes a word for display the way a shell user would type it. */
const shown = (word) => (/^[\w@%+=:,./*-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`);

/** Runs the CLI (asynchronously: the emulator answers from this same process). */
function run(args, env, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: work, env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.stdin.end(input ?? "");
    child.once("error", reject);
    child.once("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Shows and runs one command line; `input` goes to stdin; `as` picks a demo key (default: the login). */
async function $(args, { input, as, note } = {}) {
  if (note) process.stdout.write(`\n# ${note}\n`);
  process.stdout.write(`$ ${as ? `FACTIFY_API_KEY=<${as}'s key> ` : ""}${input ? "echo <key> | " : ""}factify ${args.map(shown).join(" ")}\n`);
  const env = as ? { ...baseEnv, FACTIFY_API_KEY: tokens[as] } : baseEnv;
  const r = await run(args, env, input);
  process.stdout.write(r.stdout);
  process.stdout.write(r.stderr.replace(/^/gm, "  (stderr) ").replace(/ {2}\(stderr\) $/, ""));
  process.stdout.write(`  [exit ${r.status}]\n`);
  return r;
}

try {
  await $(["login"], { input: `${tokens.owner}\n`, note: "Save the Acme owner's key (from a prompt on a terminal; here from stdin)" });
  await $(["documents", "list"]);

  const folder = join(work, "contracts");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  for (const name of ["Supplier agreement", "Consulting contract", "Lease"]) writeFileSync(join(folder, `${name}.pdf`), samplePdf(name));
  writeFileSync(join(folder, "Q4 report (old copy).pdf"), samplePdf("Q4 Financial Report"));
  await $(["documents", "upload", "contracts/*.pdf", "--concurrency", "3", "--skip-duplicates"], {
    note: "Bulk upload; the old copy of the Q4 report is already there, byte for byte, so it is skipped",
  });

  const report = demo.documents.report;
  await $(["request", "POST", `/v1beta/documents/${report}/access-requests`, "--data", '{"permission":"edit","message":"Can I fix the totals?"}'], {
    as: "member",
    note: "A colleague asks for edit access through the raw `request` command",
  });
  const listed = await $(["access-requests", "list", report, "--json"], { note: "The owner sees the request (JSON for a script)" });
  const pending = JSON.parse(listed.stdout).find((r) => r.request_status === "pending");
  if (pending) await $(["access-requests", "approve", report, pending.id]);

  await $(["documents", "backup", "backup"], { note: "Back up every document the owner can see (one is the admin's and cannot be exported: exit 3)" });
  await $(["documents", "backup", "backup"], { note: "Run it again: only what is missing is fetched" });
  process.stdout.write(`  backup/ holds: ${readdirSync(join(work, "backup")).join(", ")}\n`);

  const created = await $(["api-keys", "create", "--name", "ci-2027", "--json"], { note: "Rotate a key: create the new one (its secret is printed once)..." });
  const { api_key } = JSON.parse(created.stdout);
  await $(["api-keys", "revoke", api_key.id, "--reason", "tour over"], { note: "...and revoke it" });
  await $(["usage", "show"]);
  await $(["documents", "get", "doc_00000000000000000000000000"], { note: "An API error: one line with code, message and request id; exit 1" });
  await $(["documents", "list", "--colour"], { note: "A usage error: exit 2" });
  await $(["logout"]);
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
