// A RateLimitStore shared by every process that uses one Redis: one script per acquisition keeps one
// schedule for the whole fleet. Redis is an aid, not a dependency of the calls: when it does not
// answer within `fallbackAfterMs` the store paces this process alone (same rules, same algorithm),
// warns once, checks now and then whether Redis is back, and returns to it when it is.
import type { RateLimitDecision, RateLimitReservation, RateLimitStore } from "@factify/core";
import { answerWithin } from "./internal/answer-within";
import { checkKey, checkReservation } from "./internal/check-reservation";
import { createLocalSchedule } from "./internal/local-schedule";
import { PAUSE_SCRIPT } from "./internal/pause-script";
import { RESERVE_SCRIPT } from "./internal/reserve-script";
import { createScriptRunner, type LoadedScript } from "./internal/script-runner";
import { slotSpacingMs } from "./internal/spacing";
import { type RedisRateLimitStoreOptions, resolveOptions } from "./options";

/** A RateLimitStore on Redis that also says where its decisions currently come from. */
export interface RedisRateLimitStore extends RateLimitStore {
  /** `"redis"` while Redis answers; `"local"` while this process paces itself because it does not. */
  readonly mode: "redis" | "local";
  reserve(request: RateLimitReservation): Promise<RateLimitDecision>;
  pause(key: string, untilMs: number): Promise<void>;
  attach(context: { warn(message: string): void }): void;
}

// After one warning, a new outage is reported again only when this much time has passed, so a Redis
// that flaps does not flood the application's log.
const WARN_AGAIN_AFTER_MS = 10 * 60_000;
// A probe whose reply never comes (a client that queues commands forever) stops blocking new probes after this many intervals.
const PROBE_STALE_AFTER_INTERVALS = 10;

/**
 * Creates a store that paces every process sharing `options.redis`'s server as one client, for
 * `createFactify({ rateLimit: pacing({ store }) })`. Keys are `prefix + "{" + key + "}:…"`, where `key` is the
 * hash core derives from the call's token (the store never sees a token), and expire on their own.
 * Throws a TypeError naming the option when an option is wrong; its methods never reject because of Redis.
 */
export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RedisRateLimitStore {
  const settings = resolveOptions(options);
  const runner = createScriptRunner(options.redis);
  const reserveScript: LoadedScript = { source: RESERVE_SCRIPT };
  const pauseScript: LoadedScript = { source: PAUSE_SCRIPT };
  const local = createLocalSchedule(settings.safetyMargin);
  const warners = new Set<(message: string) => void>();

  let mode: "redis" | "local" = "redis";
  let lastWarnedAt = -Infinity;
  let probeStartedAt = -Infinity;
  let lastFallbackAt = -Infinity;
  let probing = false;

  // The braces make Redis Cluster put every key of one budget in one hash slot, which a script needs.
  const keyOf = (key: string, part: string): string => `${settings.prefix}{${key}}:${part}`;

  const warn = (message: string): void => {
    if (warners.size === 0) console.warn(message);
    for (const w of warners) w(message);
  };

  const goLocal = (error: unknown): void => {
    if (mode === "local") return;
    mode = "local";
    // The first probe goes out with the next call: a single late answer (a stalled process, a client
    // still connecting) then costs a moment of local pacing, not a whole interval. A Redis that fails
    // again soon after waits the full interval, so a slow one does not flap.
    const now = Date.now();
    probeStartedAt = now - lastFallbackAt > settings.probeIntervalMs ? -Infinity : now;
    lastFallbackAt = now;
    if (Date.now() - lastWarnedAt < WARN_AGAIN_AFTER_MS) return;
    lastWarnedAt = Date.now();
    const reason = error instanceof Error ? error.message : String(error);
    warn(
      `@factify/rate-limit-redis: Redis did not answer (${reason}); calls are now paced by this process alone under the same limits, until Redis answers again`,
    );
  };

  // While local: at most one PING in flight and one per probeIntervalMs, started by calls rather than
  // by a timer, so an idle process sends nothing. A PING that returns means the next call uses Redis.
  const maybeProbe = (): void => {
    const now = Date.now();
    const stale = now - probeStartedAt > settings.probeIntervalMs * PROBE_STALE_AFTER_INTERVALS;
    if ((probing && !stale) || now - probeStartedAt < settings.probeIntervalMs) return;
    probing = true;
    probeStartedAt = now;
    let probe: Promise<unknown>;
    try {
      probe = runner.ping();
    } catch (error) {
      probe = Promise.reject(error);
    }
    probe.then(
      () => {
        probing = false;
        if (mode === "redis") return;
        mode = "redis";
        // Pauses the server asked for while Redis was away still hold the rest of the fleet.
        for (const [key, until] of local.activePauses()) void pauseInRedis(key, until).catch(() => {});
      },
      () => {
        probing = false;
      },
    );
  };

  const pauseInRedis = (key: string, untilMs: number): Promise<unknown> =>
    answerWithin(settings.fallbackAfterMs, () => runner.run(pauseScript, [keyOf(key, "pause")], [String(Math.ceil(untilMs))]));

  const reserveInRedis = async (request: RateLimitReservation): Promise<RateLimitDecision> => {
    const keys = [keyOf(request.key, "pause"), ...request.rules.map((rule) => keyOf(request.key, `rule:${rule.name}`))];
    // Lua reads no "Infinity": a caller that can wait forever waits at most about 30 years.
    const args = [String(Math.min(request.maxWaitMs, 1e12)), ...request.rules.map((rule) => String(slotSpacingMs(rule, settings.safetyMargin)))];
    const reply = await answerWithin(settings.fallbackAfterMs, () => runner.run(reserveScript, keys, args));
    return decisionFrom(reply);
  };

  return {
    get mode() {
      return mode;
    },
    async reserve(request) {
      checkReservation(request);
      if (mode === "redis") {
        try {
          return await reserveInRedis(request);
        } catch (error) {
          goLocal(error);
        }
      } else {
        maybeProbe();
      }
      return local.reserve(request);
    },
    async pause(key, untilMs) {
      checkKey(key, "key", "@factify/rate-limit-redis pause():");
      if (!Number.isFinite(untilMs)) throw new TypeError(`@factify/rate-limit-redis pause(): untilMs must be an epoch time in ms (got ${String(untilMs)})`);
      // Always kept here as well: it holds this process if Redis goes away during the pause.
      local.pause(key, untilMs);
      if (mode === "local") return maybeProbe();
      try {
        await pauseInRedis(key, untilMs);
      } catch (error) {
        goLocal(error);
      }
    },
    attach(context) {
      if (typeof context?.warn === "function") warners.add(context.warn);
    },
  };
}

/** Reads the script's `{ reserved, waitMs, pausedUntil }` reply; throws on anything else (then the store paces locally). */
function decisionFrom(reply: unknown): RateLimitDecision {
  if (!Array.isArray(reply) || reply.length !== 3) throw new Error(`unexpected reply from the rate limit script: ${JSON.stringify(reply)}`);
  const [reserved, waitMs, pausedUntil] = reply.map(Number) as [number, number, number];
  if (![reserved, waitMs, pausedUntil].every(Number.isFinite)) throw new Error(`unexpected reply from the rate limit script: ${JSON.stringify(reply)}`);
  if (reserved === 1) return { ok: true, waitMs: Math.max(0, waitMs) };
  return pausedUntil >= 0 ? { ok: false, waitMs, pausedUntil } : { ok: false, waitMs };
}
