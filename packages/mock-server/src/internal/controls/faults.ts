// Faults on demand: for the next N matching requests, add latency, answer 429/5xx, serve an HTML
// error page, drop the connection, or cut the response body short. Scoped globally or to one
// bearer token, and optionally to a method and path.

/** The kinds of fault the emulator can inject. */
export type FaultKind = "latency" | "status" | "html" | "drop" | "truncate";

/** What to inject, and for which requests. */
export interface FaultSpec {
  kind: FaultKind;
  /** How many matching requests it affects (default 1). */
  times?: number;
  /** Only requests with this bearer token. */
  token?: string;
  /** Only requests with this HTTP method. */
  method?: string;
  /** Only requests whose path contains this string. */
  path?: string;
  /** Delay for `latency` (milliseconds of real time). */
  ms?: number;
  /** Status for `status` (429, 500, 502, 503, 504) or `html` (default 502). */
  status?: number;
  /**
   * Retry-After seconds sent with a 429 or 503: default 0 for faults injected in-process
   * (`mock.faults.inject`), so retries do not wait, and 1 for faults injected over HTTP.
   */
  retryAfter?: number;
}

/** A fault waiting to fire. */
export interface PendingFault extends FaultSpec {
  id: string;
  remaining: number;
}

const KINDS: readonly FaultKind[] = ["latency", "status", "html", "drop", "truncate"];
const STATUSES = [429, 500, 502, 503, 504];

/** Checks a fault spec; returns an error message or undefined when it is fine. */
export function faultProblem(spec: unknown): string | undefined {
  const s = spec as Partial<FaultSpec> | null;
  if (!s || typeof s !== "object") return "a fault must be an object";
  if (!KINDS.includes(s.kind as FaultKind)) return `kind must be one of: ${KINDS.join(", ")}`;
  if (s.times !== undefined && (!Number.isInteger(s.times) || s.times < 1)) return "times must be a positive integer";
  if (s.kind === "latency" && (typeof s.ms !== "number" || !(s.ms >= 0) || s.ms > 120_000)) return "latency needs ms between 0 and 120000";
  if (s.kind === "status" && !STATUSES.includes(s.status as number)) return `status must be one of: ${STATUSES.join(", ")}`;
  if (s.kind === "html" && s.status !== undefined && !(Number.isInteger(s.status) && s.status >= 400 && s.status <= 599)) return "html status must be 4xx or 5xx";
  if (s.retryAfter !== undefined && !(Number.isInteger(s.retryAfter) && s.retryAfter >= 0)) return "retryAfter must be a non-negative integer";
  for (const k of ["token", "method", "path"] as const) {
    if (s[k] !== undefined && typeof s[k] !== "string") return `${k} must be a string`;
  }
  return undefined;
}

/** The queue of pending faults of one emulator. */
export class FaultQueue {
  private items: PendingFault[] = [];
  private counter = 0;

  /** Queues a fault; throws a TypeError when the spec is invalid. */
  inject(spec: FaultSpec): PendingFault {
    const problem = faultProblem(spec);
    if (problem) throw new TypeError(`invalid fault: ${problem}`);
    this.counter += 1;
    const f: PendingFault = { ...spec, id: `fault_${this.counter}`, remaining: spec.times ?? 1 };
    this.items.push(f);
    return { ...f };
  }

  /** Removes every pending fault. */
  clear(): void {
    this.items = [];
  }

  /** Returns copies of the pending faults. */
  pending(): PendingFault[] {
    return this.items.map((f) => ({ ...f }));
  }

  /** Consumes the faults that apply to a request: at most one latency and one other. */
  take(method: string, path: string, token: string | undefined): { latency?: PendingFault; other?: PendingFault } {
    const out: { latency?: PendingFault; other?: PendingFault } = {};
    for (const f of this.items) {
      if (f.token !== undefined && f.token !== token) continue;
      if (f.method !== undefined && f.method.toUpperCase() !== method) continue;
      if (f.path !== undefined && !path.includes(f.path)) continue;
      if (f.kind === "latency") {
        if (out.latency) continue;
        out.latency = f;
      } else {
        if (out.other) continue;
        out.other = f;
      }
      f.remaining -= 1;
    }
    this.items = this.items.filter((f) => f.remaining > 0);
    return out;
  }
}
