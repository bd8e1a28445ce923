// Runs a runtime as a child process and parses the JSON line the scenario prints.
import { execFile } from "node:child_process";

/** Runs `command args` with a time limit and returns the parsed last line of stdout; throws with stderr on failure. */
export function runJson(command: string, args: readonly string[], options: { cwd: string; timeoutMs?: number; env?: NodeJS.ProcessEnv }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, timeout: options.timeoutMs ?? 60_000, env: options.env ?? process.env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`${command} ${args.join(" ")} failed: ${error.message}\nstdout:\n${stdout}\nstderr:\n${stderr}`));
          return;
        }
        const last = stdout.trim().split("\n").pop() ?? "";
        try {
          resolve(JSON.parse(last));
        } catch {
          reject(new Error(`${command} printed no JSON result.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
        }
      },
    );
  });
}
