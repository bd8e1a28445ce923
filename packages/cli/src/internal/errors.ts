// How a failure becomes one line on stderr and an exit code. API errors are read by shape, not by
// class, so that this keeps working whichever copy of @factify/core threw them and whichever fields
// (requestId, code, operationId) that version of core sets.
import { isFactifyError } from "@factify/core";
import { ExitCode, type ExitCodeValue } from "./exit-codes";
import { wasInterrupted } from "./interrupt";

/** A mistake on the command line (unknown flag, missing argument, bad value): exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The user pressed Ctrl-C: exit code 130. */
export class InterruptedError extends Error {
  override readonly name = "InterruptedError";
  constructor() {
    super("interrupted");
  }
}

interface ErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  requestId?: unknown;
  status?: unknown;
  headers?: unknown;
  operationId?: unknown;
}

/** The request id of an API error: the `requestId` field where core sets it, else the response header. */
export function requestIdOf(error: unknown): string | undefined {
  const e = (error ?? {}) as ErrorShape;
  if (typeof e.requestId === "string" && e.requestId) return e.requestId;
  const headers = e.headers as { get?(name: string): string | null } | undefined;
  const fromHeader = typeof headers?.get === "function" ? headers.get("x-request-id") : null;
  return fromHeader ?? undefined;
}

/** A short code for an error: the API's `code` when it has one, else the error's class name. */
export function codeOf(error: unknown): string {
  const e = (error ?? {}) as ErrorShape;
  if (typeof e.code === "string" && e.code) return e.code;
  return typeof e.name === "string" ? e.name : "error";
}

/** One line describing a failure: `code: message (request id req_…)`. Never a stack. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const id = requestIdOf(error);
  return `${codeOf(error)}: ${message}${id ? ` (request id ${id})` : ""}`;
}

/** Whether an error is the SDK refusing bad input before sending (a usage problem, not the API's). */
function isInvalidInput(error: unknown): boolean {
  return isFactifyError(error) && (error as ErrorShape).name === "InvalidRequestError";
}

/** The exit code a failure maps to. */
export function exitCodeFor(error: unknown): ExitCodeValue {
  if (error instanceof UsageError || isInvalidInput(error)) return ExitCode.usage;
  if (error instanceof InterruptedError || wasInterrupted()) return ExitCode.interrupted;
  if ((error as ErrorShape | undefined)?.name === "CLIError") return ExitCode.usage;
  return ExitCode.apiError;
}
