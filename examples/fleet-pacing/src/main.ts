// Runs the example: a throwaway redis-server, a stand-in API that allows 40 requests per 4 s per
// token, and three worker processes that each send 20 calls with the same token, all at once.
// Each alone would send its 20 at once under its own limit of 40; shared through Redis, their pacing
// keeps the fleet under the limit: 60 calls, no 429.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { haveRedisServer, startRedisServer } from "./redis-server";
import { startStandInApi } from "./stand-in-api";

const WORKERS = 3;
const CALLS_PER_WORKER = 20;

if (!haveRedisServer()) {
  const install = "install it (Debian: apt-get install -y redis-server)";
  // On CI (CI=true, as tools/runtimes reads it) the example must run: a missing server fails it.
  if (process.env.CI === "true" || process.env.CI === "1") {
    console.error(`fleet-pacing: FAILED, redis-server is not installed and CI=true: ${install}.`);
    process.exit(1);
  }
  const bar = "!".repeat(78);
  console.log(`${bar}\nSKIPPED: examples/fleet-pacing did not run: redis-server is not installed here; ${install}.\n${bar}`);
  process.exit(0);
}

const redis = await startRedisServer();
const api = await startStandInApi(40, 4000);
const started = performance.now();
try {
  const results = await Promise.all(
    Array.from(
      { length: WORKERS },
      (_, i) =>
        new Promise<{ ok: number; failed: number }>((resolve, reject) => {
          const child = fork(fileURLToPath(new URL("./worker.ts", import.meta.url)), {
            execArgv: ["--import", "tsx"],
            env: { ...process.env, REDIS_URL: redis.url, API_URL: api.url, FACTIFY_TOKEN: "fy_example_token", CALLS: String(CALLS_PER_WORKER) },
          });
          child.once("message", (message) => resolve(message as { ok: number; failed: number }));
          child.once("exit", (code) => code !== 0 && reject(new Error(`worker ${i} exited with ${code}`)));
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const ok = results.reduce((n, r) => n + r.ok, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`${WORKERS} processes, ${ok} calls succeeded, ${failed} failed, in ${seconds.toFixed(1)} s`);
  console.log(`the API served ${api.served} and answered ${api.rejected} with 429 (limit: 40 per 4 s per token)`);
  if (failed > 0 || api.rejected > 0 || ok !== WORKERS * CALLS_PER_WORKER) process.exitCode = 1;
} finally {
  await api.close();
  redis.stop();
}
