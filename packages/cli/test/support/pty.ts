// Runs the CLI in a real pseudo-terminal with util-linux `script`, so stdin/stdout/stderr are TTYs
// (bars, prompts), and returns everything the terminal showed.
import { spawn } from "node:child_process";
import { CLI } from "./run-cli";

function quote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * Runs `factify args…` under `script -qfec`. `type` is fed to the terminal once the output shows
 * `typeWhen` (typing earlier would meet the terminal still in echo mode).
 */
export function runInPty(
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; type?: string; typeWhen?: string; columns?: number },
): Promise<{ code: number | null; output: string }> {
  return startInPty(args, options).done;
}

/** Like `runInPty`, and `type(text)` types into the terminal whenever the test decides. */
export function startInPty(
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; type?: string; typeWhen?: string; columns?: number },
): { type(text: string): void; done: Promise<{ code: number | null; output: string }> } {
  const command = `stty cols ${options.columns ?? 100} rows 40 2>/dev/null; exec ${quote(process.execPath)} ${quote(CLI)} ${args.map(quote).join(" ")}`;
  const child = spawn("script", ["-qfec", command, "/dev/null"], { env: { ...options.env, TERM: "xterm-256color" }, cwd: options.cwd, stdio: ["pipe", "pipe", "pipe"] });
  let output = "";
  let typed = options.type === undefined;
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    output += d;
    if (!typed && output.includes(options.typeWhen ?? "")) {
      typed = true;
      // A moment for the prompt to finish switching the terminal to raw mode after drawing.
      setTimeout(() => child.stdin.write(options.type!), 100);
    }
  });
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    output += d;
  });
  const done = new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
  return { type: (text) => child.stdin.write(text), done };
}
