// Checks of what users hand to createFactify, to request and to every call. One table per object
// instead of code per option keeps this small in bundles; each message names the option the way the
// user spelled it (`retryConfig.maxRetries must be an integer, at least 0`).
import { InvalidRequestError } from "../errors";

/**
 * How one option is checked:
 *  - letters `s` `f` `b` `o` (string, function, boolean, plain object), any of which may pass, and
 *    `!` when `false` also may;
 *  - `i<min>` an integer, `n<min>` a finite number, `t<min>` a number that may be Infinity (a
 *    time limit switched off), each at least `min`;
 *  - `=` followed by the JSON of the allowed values, separated by `|`.
 * A leading `*` makes the option required. A pair adds the table that an object value is checked
 * against in turn.
 */
type Rule = string | readonly [string, Rules];
type Rules = { readonly [key: string]: Rule };

const TYPES: Record<string, string> = { s: "a string", f: "a function", b: "a boolean", o: "an object", "!": "false" };

/** Throws the InvalidRequestError of a bad option. */
export function fail(field: string, message: string): never {
  throw new InvalidRequestError(`${field} ${message}`, { field });
}

/**
 * Checks `value` against `rule`; `undefined` passes unless the rule says the value is required.
 * @throws InvalidRequestError naming `field` (nested fields as `a.b`).
 */
export function check(value: unknown, rule: Rule, field: string): void {
  let [kind, rules] = typeof rule === "string" ? [rule] : rule;
  if (kind[0] === "*") {
    if (value === undefined) fail(field, "is required");
    kind = kind.slice(1);
  }
  if (value === undefined) return;
  const c = kind[0]!;
  let want: string;
  let ok: boolean;
  if (c === "=") {
    const allowed = kind.slice(1).split("|");
    ok = allowed.includes(JSON.stringify(value));
    want = allowed.join(" or ");
  } else if (/\d/.test(kind)) {
    const min = +kind.slice(1);
    ok = typeof value === "number" && value >= min && (c === "t" || Number.isFinite(value)) && (c !== "i" || Number.isInteger(value));
    want = `${c === "i" ? "an integer" : c === "n" ? "a finite number" : "a number"}, at least ${min}`;
  } else {
    // `null` and arrays are objects to typeof, never to these rules.
    const type = value === null || Array.isArray(value) ? "-" : typeof value;
    ok = (value === false && kind.includes("!")) || [...kind].some((k) => TYPES[k]!.endsWith(type));
    want = [...kind].map((k) => TYPES[k]).join(" or ");
  }
  if (!ok) fail(field, `must be ${want}`);
  if (rules && value) for (const key in rules) check((value as Record<string, unknown>)[key], rules[key]!, `${field}.${key}`);
}

const RETRY: Rule = [
  "o!",
  {
    maxRetries: "i0",
    initialInterval: "n0",
    maxInterval: "n0",
    exponent: "n1",
    maxElapsedTime: "t0",
    maxRetryAfter: "t0",
    retryConnectionErrors: "b",
    retryNonIdempotent: "b",
    jitter: '="full"|"equal"',
  },
];

/** Rules of `createFactify` options (checked as top-level names, not `options.x`). */
export const FACTIFY_OPTIONS: Rules = {
  bearerAuth: "sf",
  serverIdx: "=0|1",
  serverURL: "s",
  fetch: "f",
  timeoutMs: "t1",
  retryConfig: RETRY,
  rateLimit: ["o!", { requestsPerWindow: "i1", postsPerWindow: "i1", windowMs: "n1", store: ["o", { reserve: "*f", pause: "*f", attach: "f" }] }],
  validate: "b",
  // Made by debugLog(); createFactify says so when it is not.
  debugLogger: "o",
  hooks: ["o", { beforeRequest: "f", afterResponse: "f", onError: "f" }],
  userAgent: "s",
};

/** Rules of the per-call options every operation accepts. */
export const REQUEST_OPTIONS: Rules = {
  signal: ["o", { addEventListener: "f" }],
  timeoutMs: "t1",
  retries: RETRY,
  headers: "o",
  fetchOptions: "o",
  onUploadProgress: "f",
};

/** Rules of the low-level request description given to `request`. */
export const REQUEST_SPEC: Rules = {
  method: '*="GET"|"POST"|"PUT"|"PATCH"|"DELETE"',
  path: "*s",
  query: "s",
  body: ["o", { kind: '="json"|"stream"' }],
  operationId: "s",
  responseSchema: "o",
};

/** Checks that `value` (named `name`) is an object or undefined, then each key of `rules` in it, under its own name. */
export function checkAll(value: unknown, rules: Rules, name: string): void {
  check(value, "o", name);
  // An absent optional object has no fields to check (most calls pass no options); `request` hands
  // a missing spec over as null, which fails the object check above.
  if (value !== undefined) for (const key in rules) check((value as Record<string, unknown>)[key], rules[key]!, key);
}
