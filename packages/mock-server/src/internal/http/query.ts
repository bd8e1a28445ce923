// Query-string readers. Arrays repeat the key (`?status=a&status=b`); dotted names are literal
// (`created.after`). Every malformed value becomes a 400 naming the parameter.
import { isTypeId } from "../state/ids";
import { invalid } from "./api-error";
import { isDateTime } from "./validate";

/** Reads an optional string parameter with an optional maximum length. */
export function qString(url: URL, name: string, max?: number): string | undefined {
  const v = url.searchParams.get(name);
  if (v === null) return undefined;
  if (max !== undefined && [...v].length > max) throw invalid("invalid_field_value", name, `${name} must be at most ${max} characters`);
  return v;
}

/** Reads an optional int32 parameter bounded by min and max. */
export function qInt(url: URL, name: string, min: number, max: number): number | undefined {
  const v = url.searchParams.get(name);
  if (v === null) return undefined;
  if (!/^-?\d{1,10}$/.test(v)) throw invalid("invalid_field_value", name, `${name} must be an integer`);
  const n = Number(v);
  if (n < min || n > max) throw invalid("invalid_field_value", name, `${name} must be between ${min} and ${max}`);
  return n;
}

/** Reads an optional boolean parameter (`true` / `false`). */
export function qBool(url: URL, name: string): boolean | undefined {
  const v = url.searchParams.get(name);
  if (v === null) return undefined;
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  throw invalid("invalid_field_value", name, `${name} must be true or false`);
}

/** Reads a repeated enum parameter; an unknown value is a 400 invalid_enum_value. */
export function qEnums<T extends string>(url: URL, name: string, values: readonly T[]): T[] {
  const all = url.searchParams.getAll(name);
  for (const v of all) {
    if (!values.includes(v as T)) throw invalid("invalid_enum_value", name, `${name} must be one of: ${values.join(", ")}`);
  }
  return all as T[];
}

/** Reads a repeated TypeID parameter. */
export function qIds(url: URL, name: string, prefixes: readonly string[]): string[] {
  const all = url.searchParams.getAll(name);
  for (const v of all) {
    if (!isTypeId(v, prefixes)) throw invalid("invalid_id_format", name, `${name} must be a ${prefixes.join("|")} id`);
  }
  return all;
}

/** Reads an optional TypeID parameter. */
export function qId(url: URL, name: string, prefix: string): string | undefined {
  const v = url.searchParams.get(name);
  if (v === null) return undefined;
  if (!isTypeId(v, prefix)) throw invalid("invalid_id_format", name, `${name} must be a ${prefix} id`);
  return v;
}

/** Reads an optional RFC 3339 timestamp parameter as epoch milliseconds. */
export function qDate(url: URL, name: string): number | undefined {
  const v = url.searchParams.get(name);
  if (v === null) return undefined;
  if (!isDateTime(v)) throw invalid("invalid_field_value", name, `${name} must be an RFC 3339 timestamp`);
  return Date.parse(v);
}
