// Small valibot building blocks for generated operation schemas. Each is a factory marked free of
// side effects, so a bundle keeps only the ones its imported operations use.
import {
  type BaseSchema,
  boolean,
  custom,
  type GenericSchema,
  looseObject,
  optional,
  type StringIssue,
  string,
} from "valibot";
import { isUploadable } from "./internal/multipart-source";
import type { Pagination } from "./types";
import type { Uploadable } from "./upload";

/** A string enum that also accepts values the SDK does not know yet, typed `Known | (string & {})`. */
export interface OpenEnumSchema<Values extends readonly string[]>
  extends BaseSchema<Values[number] | (string & {}), Values[number] | (string & {}), StringIssue> {
  /** The values known when the SDK was generated. */
  readonly options: Values;
}

/**
 * Schema for an enum in a response: any string passes (a value added to the API later must not
 * break a deployed client), while the type still lists the known values for autocompletion.
 */
// @__NO_SIDE_EFFECTS__
export function openEnum<const Values extends readonly string[]>(values: Values): OpenEnumSchema<Values> {
  return Object.assign(string(), { options: values }) as unknown as OpenEnumSchema<Values>;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

/** True for an RFC 3339 date-time string with a real calendar date, e.g. `2026-01-31T12:00:00.5+01:00`. */
export function isRfc3339DateTime(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999, and 1900 is not a leap year while year 0 is.
  const end = new Date(0);
  end.setUTCFullYear(year, month, 0);
  const daysInMonth = end.getUTCDate();
  const offsetOk = m[8] === undefined || (Number(m[8]) <= 23 && Number(m[9]) <= 59);
  // Second 60 is allowed: RFC 3339 permits a leap second.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60 && offsetOk;
}

function isDateTimeInput(value: unknown): boolean {
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    return !Number.isNaN(year) && year >= 0 && year <= 9999;
  }
  return typeof value === "string" && isRfc3339DateTime(value);
}

/** Schema for a date-time in request input: a valid Date (sent as RFC 3339) or an RFC 3339 string. */
// @__NO_SIDE_EFFECTS__
export function dateTimeInput(): GenericSchema<Date | string> {
  return custom<Date | string>(isDateTimeInput, "Invalid date-time: expected a Date or an RFC 3339 string such as 2026-01-31T12:00:00Z");
}

/** Schema for a file field of a multipart operation: anything `Uploadable`, with a message listing the accepted kinds. */
// @__NO_SIDE_EFFECTS__
export function uploadable(): GenericSchema<Uploadable> {
  return custom<Uploadable>(
    isUploadable,
    "Invalid upload: expected a Blob, File, Uint8Array, ArrayBuffer, ReadableStream, async iterable of bytes, or { data, filename?, contentType? }",
  );
}

/** Schema of the `pagination` field shared by every cursor-paged response. */
// @__NO_SIDE_EFFECTS__
export function paginationSchema(): GenericSchema<Pagination> {
  return looseObject({
    next_page_token: optional(string()),
    prev_page_token: optional(string()),
    has_more: optional(boolean()),
  }) as GenericSchema<Pagination>;
}
