// Checks of flag values that citty leaves as strings; a bad value is a usage error naming the flag.
import { UsageError } from "./errors";

/** An integer in [min, max] from a flag, or `fallback` when the flag is absent. */
export function intFlag(value: unknown, flag: string, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${flag} must be an integer from ${min} to ${max}, got "${String(value)}"`);
  return n;
}

/** A required positional argument. */
export function required(value: unknown, name: string): string {
  if (typeof value !== "string" || value === "") throw new UsageError(`missing argument <${name}>`);
  return value;
}

/** One of a fixed set of values. */
export function oneOf<const T extends string>(value: unknown, flag: string, allowed: readonly T[], fallback?: T): T {
  if ((value === undefined || value === "") && fallback !== undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")}, got "${String(value ?? "")}"`);
}
