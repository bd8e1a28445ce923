// One process of a fleet (run with child_process.fork): its own Redis client and store, `loops`
// concurrent callers hammering the counting server until `endAt`, then a report to the parent.
import { createRedisRateLimitStore } from "../../src/index";
import { type ClientKind, connect } from "./clients";
import { pacedSend } from "./paced-send";

export interface WorkerConfig {
  readonly name: string;
  readonly kind: ClientKind;
  readonly redisUrl: string;
  readonly serverUrl: string;
  readonly key: string;
  readonly rules: { name: string; limit: number; windowMs: number }[];
  readonly loops: number;
  readonly maxWaitMs: number;
  /** How long the loops start new calls, from the parent's "go". */
  readonly runMs: number;
  readonly fallbackAfterMs?: number;
  readonly probeIntervalMs?: number;
}

export interface WorkerReport {
  readonly name: string;
  readonly sent: number;
  readonly failures: string[];
  readonly warnings: string[];
  readonly maxLateMs: number;
}

const config = JSON.parse(process.env.FLEET_WORKER ?? "{}") as WorkerConfig;
const redis = await connect(config.kind, config.redisUrl);
const store = createRedisRateLimitStore({
  redis: redis.client,
  fallbackAfterMs: config.fallbackAfterMs,
  probeIntervalMs: config.probeIntervalMs,
});
const warnings: string[] = [];
store.attach({ warn: (message) => warnings.push(message) });

// Warm up what a long-running process has warm already (the first fetch loads and compiles the HTTP
// client; the first script call loads the script), so that start-up stalls do not pass for pacing.
await (await fetch(new URL("/warm-up", config.serverUrl))).arrayBuffer();
await store.reserve({ key: `${config.key}:warm-up`, rules: config.rules, maxWaitMs: 0 });

// Start together: the parent says "go" once every process is connected (start-up time varies a lot on a busy machine).
process.send?.({ ready: config.name });
await new Promise<void>((resolve) => process.once("message", () => resolve()));
const endAt = Date.now() + config.runMs;

const failures: string[] = [];
let sent = 0;
let maxLateMs = 0;
await Promise.all(
  Array.from({ length: config.loops }, async () => {
    while (Date.now() < endAt) {
      try {
        const { status, lateMs } = await pacedSend({ ...config, url: config.serverUrl, store, worker: config.name });
        maxLateMs = Math.max(maxLateMs, lateMs);
        if (status === 200) sent++;
        else failures.push(`status ${status}`);
      } catch (error) {
        failures.push(String(error));
      }
    }
  }),
);
await redis.close();
const report: WorkerReport = { name: config.name, sent, failures, warnings, maxLateMs };
process.send?.(report, () => process.exit(0));
