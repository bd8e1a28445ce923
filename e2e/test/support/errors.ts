// Assertions on the typed errors the SDK raises for API refusals.
import { type APIError, isFactifyError } from "@factify/core";
import { expect } from "vitest";

/** What an API error is expected to carry. */
export interface ExpectedApiError {
  status: number;
  code: string;
  reason?: string;
  param?: string;
}

type ErrorClass<T> = abstract new (...args: never[]) => T;

/** Awaits `promise`, requires it to reject with an instance of `Class` carrying `expected`; returns the error. */
export async function expectApiError<T extends APIError>(promise: PromiseLike<unknown>, Class: ErrorClass<T>, expected: ExpectedApiError): Promise<T> {
  const outcome = await Promise.resolve(promise).then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (outcome.ok) throw new Error(`expected a ${Class.name}, but the call resolved with ${JSON.stringify(outcome.value)}`);
  const error = outcome.error;
  expect(isFactifyError(error), `not a FactifyError: ${String(error)}`).toBe(true);
  expect(error, `${String(error)}`).toBeInstanceOf(Class);
  const e = error as T;
  expect({ status: e.status, code: e.code }).toEqual({ status: expected.status, code: expected.code });
  if (expected.reason !== undefined) expect(e.reason).toBe(expected.reason);
  if (expected.param !== undefined) expect(e.details[0]?.param).toBe(expected.param);
  expect(e.requestId).toMatch(/^req_/);
  return e;
}
