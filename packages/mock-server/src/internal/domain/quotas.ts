// Request quotas: every authenticated request counts toward its organization's monthly usage
// (kept per day, for the usage history) and toward its API key's own usage. Reaching the org's
// effective limit or a key's limit turns further requests into 429 quota_exceeded.
import { quotaExceeded } from "../http/api-error";
import type { Engine } from "../state/engine";
import type { State } from "../state/store";
import type { Caller } from "./context";

/** Returns the UTC calendar month containing `ms`: start, end and a "YYYY-MM" key. */
export function periodOf(ms: number): { start: number; end: number; key: string } {
  const d = new Date(ms);
  const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return { start, end, key: new Date(start).toISOString().slice(0, 7) };
}

/** Returns "YYYY-MM-DD" (UTC) for a timestamp. */
export function dayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Returns an organization's request count in the month containing `now`. */
export function orgUsage(state: State, orgId: string, now: number): number {
  const month = periodOf(now).key;
  let total = 0;
  for (const [day, n] of Object.entries(state.usage[orgId] ?? {})) if (day.startsWith(month)) total += n;
  return total;
}

/** Returns an API key's request count in the month containing `now`. */
export function keyUsage(state: State, keyId: string, now: number): number {
  return state.keyUsage[keyId]?.[periodOf(now).key] ?? 0;
}

/** Returns an organization's effective monthly limit: its explicit limit or the free tier's. */
export function effectiveLimit(engine: Engine, orgId: string): number {
  return engine.state.orgs[orgId]?.request_limit ?? engine.config.orgRequestLimit;
}

/**
 * Checks the caller's quotas and counts the request; throws 429 quota_exceeded when spent.
 * With `enforce` false the request is counted but never refused.
 */
export function chargeRequest(engine: Engine, caller: Caller, enforce = true): void {
  const s = engine.state;
  const now = engine.clock.now();
  const key = caller.key;
  if (enforce && key && key.quota_limit !== null && keyUsage(s, key.id, now) >= key.quota_limit) {
    throw quotaExceeded("this API key has used its request quota for the period");
  }
  const orgId = caller.orgId;
  if (enforce && orgId && s.orgs[orgId] && orgUsage(s, orgId, now) >= effectiveLimit(engine, orgId)) {
    throw quotaExceeded("the organization has used its request quota for the period");
  }
  if (orgId && s.orgs[orgId]) {
    const days = (s.usage[orgId] ??= {});
    const day = dayKey(now);
    days[day] = (days[day] ?? 0) + 1;
  }
  if (key) {
    const months = (s.keyUsage[key.id] ??= {});
    const month = periodOf(now).key;
    months[month] = (months[month] ?? 0) + 1;
  }
}

/** Counts an organization's documents against its quota (demo documents excluded, trashed included). */
export function documentsUsed(state: State, orgId: string): number {
  return Object.values(state.documents).filter((d) => d.organization_id === orgId && !d.is_demo).length;
}
