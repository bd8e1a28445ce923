// Debug log lines of the transport. Every value is redacted before the logger sees it, and upload
// bodies are never logged, only described.
import type { Logger } from "../types";
import { redactHeaders, redactText, redactUrl, redactValue } from "./redact";

/** What is known about an attempt when it is logged. */
export interface AttemptInfo {
  operationId: string | undefined;
  method: string;
  url: string;
  attempt: number;
}

/** Logs an outgoing attempt. `body` is the JSON value sent, or a description of an upload. */
export function logRequest(logger: Logger | undefined, info: AttemptInfo, headers: Headers, body: unknown): void {
  if (!logger) return;
  const url = redactUrl(info.url);
  logger.debug(`factify: ${info.method} ${url} (attempt ${info.attempt})`, {
    operationId: info.operationId,
    method: info.method,
    url,
    attempt: info.attempt,
    headers: redactHeaders(headers),
    body: redactValue(body),
  });
}

/** Logs a response. */
export function logResponse(logger: Logger | undefined, info: AttemptInfo, status: number, durationMs: number): void {
  if (!logger) return;
  const url = redactUrl(info.url);
  logger.debug(`factify: ${info.method} ${url} -> ${status} in ${durationMs} ms (attempt ${info.attempt})`, {
    operationId: info.operationId,
    method: info.method,
    url,
    status,
    durationMs,
    attempt: info.attempt,
  });
}

/** Logs a failed attempt and what happens next (a retry after `delayMs`, or giving up). */
export function logFailure(
  logger: Logger | undefined,
  info: AttemptInfo,
  error: Error,
  durationMs: number,
  retryInMs: number | undefined,
): void {
  if (!logger) return;
  const url = redactUrl(info.url);
  const next = retryInMs === undefined ? "giving up" : `retrying in ${retryInMs} ms`;
  logger.debug(`factify: ${info.method} ${url} failed: ${redactText(error.message)} (attempt ${info.attempt}, ${next})`, {
    operationId: info.operationId,
    method: info.method,
    url,
    error: error.name,
    code: (error as { code?: unknown }).code,
    durationMs,
    attempt: info.attempt,
    retryInMs,
  });
}
