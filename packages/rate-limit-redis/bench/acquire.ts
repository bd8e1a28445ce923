// `pnpm --filter @factify/rate-limit-redis bench`: the cost of one acquisition (one EVALSHA round trip
// to a redis-server on loopback) with each client, against a bare PING on the same connection (the
// floor any Redis-backed limiter pays) and against the in-process schedule used while Redis is away.
// Starts its own redis-server; prints a markdown table and writes it to bench/RESULTS.md.
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { createRedisRateLimitStore } from "../src/index";
import { createLocalSchedule } from "../src/internal/local-schedule";
import { connect } from "../test/support/clients";
import { startRedisServer } from "../test/support/redis-server";

const SEQUENTIAL = 3000;
const CONCURRENT = 16;
const ROUNDS = 400; // of CONCURRENT acquisitions each
// A rule that never makes anyone wait: this measures the acquisition, not the pacing.
const rules = [{ name: "requests", limit: 1_000_000_000, windowMs: 60_000 }];

interface Row {
  what: string;
  meanUs: number;
  p50Us: number;
  p99Us: number;
  perSecond: number;
}

async function measure(what: string, once: (i: number) => Promise<unknown> | unknown): Promise<Row> {
  for (let i = 0; i < 200; i++) await once(i); // warm up (script load, JIT)
  const samples: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const start = performance.now();
    await once(i);
    samples.push((performance.now() - start) * 1000);
  }
  samples.sort((a, b) => a - b);
  const started = performance.now();
  for (let r = 0; r < ROUNDS; r++) await Promise.all(Array.from({ length: CONCURRENT }, (_, j) => once(r * CONCURRENT + j)));
  const perSecond = (ROUNDS * CONCURRENT) / ((performance.now() - started) / 1000);
  return {
    what,
    meanUs: samples.reduce((a, b) => a + b, 0) / samples.length,
    p50Us: samples[Math.floor(samples.length / 2)]!,
    p99Us: samples[Math.floor(samples.length * 0.99)]!,
    perSecond,
  };
}

const server = await startRedisServer();
const rows: Row[] = [];
try {
  for (const kind of ["ioredis", "node-redis"] as const) {
    const redis = await connect(kind, server.url);
    // A long fallback: on a busy machine a slow answer would otherwise measure the in-process schedule.
    const store = createRedisRateLimitStore({ redis: redis.client, fallbackAfterMs: 10_000 });
    const client = redis.client as unknown as { ping(): Promise<unknown> };
    rows.push(await measure(`${kind}: PING (floor)`, () => client.ping()));
    rows.push(await measure(`${kind}: reserve(), 1 rule`, (i) => store.reserve({ key: `bench-${kind}-${i % 64}`, rules, maxWaitMs: 0 })));
    rows.push(
      await measure(`${kind}: reserve(), 2 rules (a POST)`, (i) =>
        store.reserve({ key: `bench2-${kind}-${i % 64}`, rules: [...rules, { ...rules[0]!, name: "posts" }], maxWaitMs: 0 }),
      ),
    );
    if (store.mode !== "redis") throw new Error(`${kind}: the store fell back to local pacing during the benchmark`);
    await redis.close();
  }
  const local = createLocalSchedule(0.05);
  rows.push(await measure("fallback: in-process schedule, 1 rule", (i) => local.reserve({ key: `local-${i % 64}`, rules, maxWaitMs: 0 })));
} finally {
  await server.close();
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const table = [
  "| acquisition | mean µs (1 in flight) | p50 µs | p99 µs | per second (16 in flight) |",
  "|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.what} | ${fmt(r.meanUs)} | ${fmt(r.p50Us)} | ${fmt(r.p99Us)} | ${fmt(r.perSecond)} |`),
].join("\n");
const text = `# Cost of one acquisition

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? "?"} (${cpus().length} cores), Node ${process.version}, redis-server on 127.0.0.1 (its own process).
Regenerate with \`pnpm --filter @factify/rate-limit-redis bench\`; a busy machine moves these a lot.

${table}
`;
console.log(text);
writeFileSync(new URL("./RESULTS.md", import.meta.url), text);
