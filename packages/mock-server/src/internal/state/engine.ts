// The shared machinery behind one emulator instance: state, clock, randomness and settings.
import type { Clock } from "./clock";
import { newId, type RandomSource, uuid } from "./ids";
import type { State } from "./store";

/** Settings fixed when the emulator is created. */
export interface EngineConfig {
  /** How long a new version stays `processing`; 0 = ready on the next request. */
  processingDelayMs: number;
  rateLimit: { perMinute: number; postPerMinute: number } | false;
  /** Monthly request limit of the free tier (per organization). */
  orgRequestLimit: number;
  /** Document quota given to new organizations; 0 = unlimited. */
  documentLimit: number;
  inviteTtlMs: number;
  /** Fixed origin for URLs the emulator returns; default: the origin of each request. */
  baseUrl: string | undefined;
}

/** One emulator instance's state and services. */
export interface Engine {
  state: State;
  clock: Clock;
  random: RandomSource;
  config: EngineConfig;
  /** Called after any request that may have changed state. */
  onMutation: (() => void) | undefined;
}

/** Returns a fresh TypeID with the given prefix, timed by the engine clock. */
export function makeId(engine: Engine, prefix: string): string {
  return newId(prefix, engine.clock.now(), engine.random);
}

/** Returns a fresh UUID from the engine's random source. */
export function makeUuid(engine: Engine): string {
  return uuid(engine.random);
}

/** Returns the next value of the state's monotonic sequence. */
export function nextSeq(state: State): number {
  state.seq += 1;
  return state.seq;
}
