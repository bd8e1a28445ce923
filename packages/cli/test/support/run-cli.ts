// Runs the built `factify` as a child process, the way a user or a script would.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { tempDir } from "./temp";

export const CLI = join(import.meta.dirname, "..", "..", "dist", "cli.js");

/** What a finished run printed and returned. */
export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Options of a run. */
export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed. */
  input?: string;
  cwd?: string;
  /** Node options before the script, e.g. `--import` of a probe. */
  nodeArgs?: string[];
}

/** A fresh, empty HOME / XDG_CONFIG_HOME so no test sees a real user's saved key. */
export function freshHome(): string {
  return tempDir("home");
}

/** The environment a run starts from: none of the parent's FACTIFY_* or config variables. */
export function baseEnv(home: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: join(home, ".config"), LANG: "C.UTF-8" };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

/** Starts the CLI; the caller may signal it, then await `done`. */
export function startCli(args: readonly string[], options: RunOptions = {}): { child: ChildProcess; done: Promise<RunResult> } {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], { env: options.env as NodeJS.ProcessEnv, cwd: options.cwd, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
  });
  child.stderr!.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  child.stdin!.end(options.input ?? "");
  const done = new Promise<RunResult>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs the CLI to completion. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return startCli(args, options).done;
}
