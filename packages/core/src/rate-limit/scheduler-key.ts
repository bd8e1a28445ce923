// The key under which `pacing()` options carry the scheduler, and the scheduler's shape. Kept apart
// from both pacer.ts (which reads the key) and scheduler.ts (which writes it) so neither imports the
// other: the pacer reaches the scheduler only through the options, and a bundle that never calls
// `pacing()` carries none of it.
import type { FactifyOptions, HttpMethod } from "../types";

/** Where options made by `pacing()` keep the scheduler. */
export const SCHEDULER: unique symbol = Symbol.for("@factify/core/scheduler") as never;

/** What `Pacer.admit` is given. */
export type PacedCall = { method: HttpMethod; token: string; maxWaitMs: number; signal: AbortSignal };

/** Proactive pacing of one client: its admit step, plus `pause`, which writes a server pause to the store. */
export type Scheduler = (
  options: Exclude<FactifyOptions["rateLimit"], false | undefined>,
  warn: (message: string) => void,
) => ((call: PacedCall, heldUntil: number, now: number) => Promise<void> | undefined) & {
  pause(token: string, until: number): void;
};
