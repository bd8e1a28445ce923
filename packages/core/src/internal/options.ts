// Checks of what users hand to createFactify and to every call, written by hand (not with valibot)
// so that each message names the option the way the user spelled it.
import { InvalidRequestError } from "../errors";
import type { FactifyOptions, RateLimitOptions, RequestOptions, RetryConfig } from "../types";

function fail(field: string, message: string): never {
  throw new InvalidRequestError(`${field} ${message}`, { field });
}

function typeName(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkNumber(field: string, value: unknown, opts: { min: number; integer?: boolean; finite?: boolean }): void {
  if (value === undefined) return;
  if (typeof value !== "number" || Number.isNaN(value)) fail(field, `must be a number, got ${typeName(value)}`);
  if (opts.integer && Number.isFinite(value) && !Number.isInteger(value)) fail(field, "must be an integer");
  if ((opts.finite ?? true) && !Number.isFinite(value)) fail(field, "must be finite");
  if (value < opts.min) fail(field, `must be at least ${opts.min}`);
}

function checkBoolean(field: string, value: unknown): void {
  if (value !== undefined && typeof value !== "boolean") fail(field, `must be a boolean, got ${typeName(value)}`);
}

function checkFunction(field: string, value: unknown): void {
  if (value !== undefined && typeof value !== "function") fail(field, `must be a function, got ${typeName(value)}`);
}

/** Validates retry settings (`retryConfig` of the client or `retries` of a call). */
export function checkRetryConfig(field: string, value: unknown): asserts value is RetryConfig | false | undefined {
  if (value === undefined || value === false) return;
  if (!isPlainObject(value)) fail(field, `must be an object or false, got ${typeName(value)}`);
  const c = value as RetryConfig;
  checkNumber(`${field}.maxRetries`, c.maxRetries, { min: 0, integer: true });
  checkNumber(`${field}.initialInterval`, c.initialInterval, { min: 0 });
  checkNumber(`${field}.maxInterval`, c.maxInterval, { min: 0 });
  checkNumber(`${field}.exponent`, c.exponent, { min: 1 });
  checkNumber(`${field}.maxElapsedTime`, c.maxElapsedTime, { min: 0, finite: false });
  checkNumber(`${field}.maxRetryAfter`, c.maxRetryAfter, { min: 0, finite: false });
  checkBoolean(`${field}.retryConnectionErrors`, c.retryConnectionErrors);
  checkBoolean(`${field}.retryNonIdempotent`, c.retryNonIdempotent);
  if (c.jitter !== undefined && c.jitter !== "full" && c.jitter !== "equal") fail(`${field}.jitter`, 'must be "full" or "equal"');
}

function checkRateLimit(value: unknown): asserts value is RateLimitOptions | false | undefined {
  if (value === undefined || value === false) return;
  if (!isPlainObject(value)) fail("rateLimit", `must be an object or false, got ${typeName(value)}`);
  const r = value as RateLimitOptions;
  checkNumber("rateLimit.requestsPerWindow", r.requestsPerWindow, { min: 1, integer: true });
  checkNumber("rateLimit.postsPerWindow", r.postsPerWindow, { min: 1, integer: true });
  checkNumber("rateLimit.windowMs", r.windowMs, { min: 1 });
}

/**
 * Validates the options of `createFactify`.
 * @throws InvalidRequestError naming the first wrong option.
 */
export function checkFactifyOptions(options: unknown): asserts options is FactifyOptions {
  if (options === undefined) return;
  if (!isPlainObject(options)) fail("options", `must be an object, got ${typeName(options)}`);
  const o = options as FactifyOptions;
  if (o.bearerAuth !== undefined && typeof o.bearerAuth !== "string" && typeof o.bearerAuth !== "function") {
    fail("bearerAuth", `must be a string or a function returning one, got ${typeName(o.bearerAuth)}`);
  }
  if (o.serverIdx !== undefined && o.serverIdx !== 0 && o.serverIdx !== 1) fail("serverIdx", "must be 0 or 1");
  if (o.serverURL !== undefined) {
    if (typeof o.serverURL !== "string") fail("serverURL", `must be a string, got ${typeName(o.serverURL)}`);
    let url: URL | undefined;
    try {
      url = new URL(o.serverURL);
    } catch {
      // Reported below.
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) fail("serverURL", "must be an absolute http(s) URL");
  }
  checkFunction("fetch", o.fetch);
  if (o.fetch === undefined && typeof globalThis.fetch !== "function") {
    fail("fetch", "is required: this runtime has no global fetch");
  }
  checkNumber("timeoutMs", o.timeoutMs, { min: 1, finite: false });
  checkRetryConfig("retryConfig", o.retryConfig);
  checkRateLimit(o.rateLimit);
  checkBoolean("validate", o.validate);
  if (o.debugLogger !== undefined && (typeof o.debugLogger !== "object" || typeof o.debugLogger?.debug !== "function")) {
    fail("debugLogger", "must be an object with a debug function (console works)");
  }
  if (o.hooks !== undefined) {
    if (!isPlainObject(o.hooks)) fail("hooks", `must be an object, got ${typeName(o.hooks)}`);
    checkFunction("hooks.beforeRequest", o.hooks.beforeRequest);
    checkFunction("hooks.afterResponse", o.hooks.afterResponse);
    checkFunction("hooks.onError", o.hooks.onError);
  }
  if (o.userAgent !== undefined) {
    if (typeof o.userAgent !== "string") fail("userAgent", `must be a string, got ${typeName(o.userAgent)}`);
    try {
      new Headers({ "x-check": o.userAgent });
    } catch {
      fail("userAgent", "is not a valid header value");
    }
  }
}

/**
 * Validates the per-call options every operation accepts.
 * @throws InvalidRequestError naming the first wrong option.
 */
export function checkRequestOptions(options: unknown): asserts options is RequestOptions | undefined {
  if (options === undefined) return;
  if (!isPlainObject(options)) fail("options", `must be an object, got ${typeName(options)}`);
  const o = options as RequestOptions;
  if (o.signal !== undefined && (typeof o.signal !== "object" || typeof o.signal?.addEventListener !== "function")) {
    fail("signal", "must be an AbortSignal");
  }
  checkNumber("timeoutMs", o.timeoutMs, { min: 1, finite: false });
  checkRetryConfig("retries", o.retries);
  if (o.headers !== undefined && !isPlainObject(o.headers)) fail("headers", `must be an object or Headers, got ${typeName(o.headers)}`);
  if (o.fetchOptions !== undefined && !isPlainObject(o.fetchOptions)) {
    fail("fetchOptions", `must be an object, got ${typeName(o.fetchOptions)}`);
  }
  checkFunction("onUploadProgress", o.onUploadProgress);
}

const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);

/**
 * Validates the low-level request description given to `request`.
 * @throws InvalidRequestError naming the first wrong field.
 */
export function checkRequestSpec(spec: unknown): void {
  if (!isPlainObject(spec)) fail("spec", `must be an object, got ${typeName(spec)}`);
  if (typeof spec.method !== "string" || !METHODS.has(spec.method)) fail("method", "must be one of GET, POST, PUT, PATCH, DELETE");
  if (typeof spec.path !== "string" || !spec.path.startsWith("/")) fail("path", 'must be a string starting with "/"');
  if (spec.query !== undefined && typeof spec.query !== "string") fail("query", `must be a string, got ${typeName(spec.query)}`);
  if (spec.operationId !== undefined && typeof spec.operationId !== "string") fail("operationId", "must be a string");
  if (spec.responseSchema !== undefined && !isPlainObject(spec.responseSchema)) fail("responseSchema", "must be a valibot schema");
  const body = spec.body;
  if (body === undefined) return;
  if (!isPlainObject(body)) fail("body", `must be an object, got ${typeName(body)}`);
  if (spec.method === "GET") fail("body", "cannot be sent with GET");
  if (body.kind === "stream") {
    if (typeof body.stream !== "function") fail("body.stream", "must be a function");
  } else if (body.kind !== "json") {
    fail("body.kind", 'must be "json" or "stream"');
  }
}
