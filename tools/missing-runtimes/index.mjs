// The one mechanism by which a test suite says "a runtime or service this test needs is missing":
// on CI (CI=true or CI=1) that is a failure, since every runtime the SDK promises must be tested
// there; elsewhere the test is skipped with a note giving the reason and the install command, and
// the suite records the note in .tmp/missing-runtimes/<project>.json at the repository root, which
// the root `pnpm test` clears when it starts and prints as a banner when it ends (cli.mjs).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The prefix of every skip note written here; reporters collect the notes that carry it. */
export const MISSING_RUNTIME = "runtime missing:";

/** The repository root (this package lives in tools/missing-runtimes). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The folder of records (git-ignored, under the root's .tmp). */
export function recordsDir(root = repoRoot) {
  return join(root, ".tmp", "missing-runtimes");
}

/** Whether a missing runtime must fail rather than be skipped: CI=true or CI=1. */
export function missingRuntimeFails(env = process.env) {
  return env.CI === "true" || env.CI === "1";
}

/** Locates `command` (a name looked up on PATH, or a path) by running it with `--version`. */
export function locateCommand(command, hint, env = process.env) {
  const probe = spawnSync(command, ["--version"], { encoding: "utf8", env, timeout: 15_000, stdio: ["ignore", "pipe", "pipe"] });
  if (probe.error || probe.status !== 0) {
    const why = probe.error ? probe.error.message.split("\n")[0] : `exit status ${probe.status}`;
    return { ok: false, reason: `${command} is not available (${why})`, hint };
  }
  return { ok: true, path: command, version: probe.stdout.trim().split("\n")[0] ?? "" };
}

/** The note of a missing runtime: the reason and how to get it. */
export function missingNote(located) {
  return `${located.reason}. To run it: ${located.hint}`;
}

/** Returns the runtime's path; else skips the test with a note (or, on CI, throws). */
export function requireRuntime(context, located, env = process.env) {
  if (located.ok) return located.path;
  const message = missingNote(located);
  if (missingRuntimeFails(env)) throw new Error(`${message} (CI=true: a missing runtime fails the suite)`);
  return context.skip(`${MISSING_RUNTIME} ${message}`);
}

/** Writes the record of `project` (removes it when nothing is missing, so no stale banner stays). */
export function writeMissing(project, missing, root = repoRoot) {
  const file = join(recordsDir(root), `${project.replace(/[^\w.-]+/g, "_")}.json`);
  if (missing.length === 0) {
    rmSync(file, { force: true });
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ project, recordedAt: new Date().toISOString(), missing }, null, 2)}\n`);
}

/** Every record, by project. */
export function readMissing(root = repoRoot) {
  const dir = recordsDir(root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")))
    .filter((record) => Array.isArray(record.missing) && record.missing.length > 0);
}

/** Forgets every record: the root `pnpm test` does this first, so a banner only tells of this run. */
export function clearMissing(root = repoRoot) {
  rmSync(recordsDir(root), { recursive: true, force: true });
}

/** The banner for `records` (from readMissing), or "" when nothing is missing. */
export function missingBanner(records) {
  const all = records.flatMap((r) => r.missing.map((m) => ({ ...m, project: r.project })));
  if (all.length === 0) return "";
  const bar = "!".repeat(78);
  const notes = [...new Set(all.map((m) => m.note))];
  return [
    bar,
    `SKIPPED: ${all.length} test(s) or test file(s) did not run because a runtime or service is missing on this machine.`,
    "What they cover was NOT tested here. Under CI=true the same run fails instead.",
    ...notes.map((note) => `  - ${note}`),
    "Skipped:",
    ...all.map((m) => `  - ${m.project}: ${m.test}`),
    bar,
  ].join("\n");
}

/**
 * For a vitest config whose `files` all need one runtime or service: when it is missing outside CI,
 * the files to exclude and the entries to record (one per file); otherwise nothing is excluded, and
 * on CI the files run and fail on the missing runtime.
 */
export function filesNeeding(located, files, env = process.env) {
  if (located.ok || missingRuntimeFails(env)) return { exclude: [], missing: [] };
  const note = missingNote(located);
  return { exclude: [...files], missing: files.map((test) => ({ test, note })) };
}
