// Starts worker processes (fleet-worker.ts under tsx) and collects their reports.
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { WorkerConfig, WorkerReport } from "./fleet-worker";

const WORKER = fileURLToPath(new URL("./fleet-worker.ts", import.meta.url));

/**
 * Runs one process per config and tells them to start together once all are connected; `onStart` is
 * called at that moment. Resolves with their reports once all have ended (rejects if one crashes).
 */
export function runFleet(configs: WorkerConfig[], onStart: () => void = () => {}): Promise<WorkerReport[]> {
  const children: ChildProcess[] = [];
  let ready = 0;
  return Promise.all(
    configs.map(
      (config) =>
        new Promise<WorkerReport>((resolve, reject) => {
          let report: WorkerReport | undefined;
          let stderr = "";
          const child = fork(WORKER, [], {
            execArgv: ["--import", "tsx"],
            env: { ...process.env, FLEET_WORKER: JSON.stringify(config) },
            stdio: ["ignore", "inherit", "pipe", "ipc"],
          });
          child.stderr?.on("data", (chunk) => (stderr += chunk));
          children.push(child);
          child.on("message", (message) => {
            if ((message as { ready?: string }).ready === undefined) {
              report = message as WorkerReport;
              return;
            }
            if (++ready < configs.length) return;
            for (const c of children) c.send("go");
            onStart();
          });
          child.on("exit", (code) =>
            report ? resolve(report) : reject(new Error(`worker ${config.name} exited (${code}) without a report:\n${stderr}`)),
          );
        }),
    ),
  );
}
