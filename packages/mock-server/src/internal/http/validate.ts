// A small declarative checker for JSON request bodies. It turns every mistake into the 400 the
// API gives (missing_required_field / invalid_field_value / invalid_enum_value / invalid_id_format,
// with `param` naming the field) instead of letting bad input reach a handler.
import { isTypeId } from "../state/ids";
import { invalid } from "./api-error";

interface Base {
  required?: boolean;
  nullable?: boolean;
}
export type FieldSpec =
  | (Base & { type: "string"; min?: number; max?: number; format?: "email" | "uri" | "base64" | "date-time" })
  | (Base & { type: "boolean" })
  | (Base & { type: "integer"; min?: number; max?: number; exclusiveMin?: number })
  | (Base & { type: "enum"; values: readonly string[] })
  | (Base & { type: "id"; prefix: string | readonly string[] })
  | (Base & { type: "array"; items: FieldSpec; min?: number; max?: number })
  | (Base & { type: "object"; fields: Record<string, FieldSpec> })
  | (Base & { type: "readonly" });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Tells whether a string is an RFC 3339 timestamp that Date can read. */
export function isDateTime(v: string): boolean {
  return DATE_TIME.test(v) && !Number.isNaN(Date.parse(v));
}

/** Tells whether a string looks like an email address. */
export function isEmail(v: string): boolean {
  return EMAIL.test(v) && v.length <= 320;
}

/** Tells whether a string is an absolute http(s) URL. */
export function isUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

function checkValue(value: unknown, spec: FieldSpec, param: string): unknown {
  switch (spec.type) {
    case "readonly":
      throw invalid("invalid_field_value", param, `${param} is set by the server and must not be sent`);
    case "string": {
      if (typeof value !== "string") throw invalid("invalid_field_value", param, `${param} must be a string`);
      const len = [...value].length;
      if (spec.min !== undefined && len < spec.min) throw invalid("invalid_field_value", param, `${param} must be at least ${spec.min} characters`);
      if (spec.max !== undefined && len > spec.max) throw invalid("invalid_field_value", param, `${param} must be at most ${spec.max} characters`);
      if (spec.format === "email" && !isEmail(value)) throw invalid("invalid_field_value", param, `${param} must be an email address`);
      if (spec.format === "uri" && !isUrl(value)) throw invalid("invalid_field_value", param, `${param} must be an absolute URL`);
      if (spec.format === "date-time" && !isDateTime(value)) throw invalid("invalid_field_value", param, `${param} must be an RFC 3339 timestamp`);
      if (spec.format === "base64" && (!BASE64.test(value) || value.length % 4 === 1)) throw invalid("invalid_field_value", param, `${param} must be base64`);
      return value;
    }
    case "boolean":
      if (typeof value !== "boolean") throw invalid("invalid_field_value", param, `${param} must be a boolean`);
      return value;
    case "integer": {
      if (typeof value !== "number" || !Number.isInteger(value)) throw invalid("invalid_field_value", param, `${param} must be an integer`);
      if (value > 2_147_483_647 || value < -2_147_483_648) throw invalid("invalid_field_value", param, `${param} is out of the int32 range`);
      if (spec.min !== undefined && value < spec.min) throw invalid("invalid_field_value", param, `${param} must be at least ${spec.min}`);
      if (spec.exclusiveMin !== undefined && value <= spec.exclusiveMin) throw invalid("invalid_field_value", param, `${param} must be greater than ${spec.exclusiveMin}`);
      if (spec.max !== undefined && value > spec.max) throw invalid("invalid_field_value", param, `${param} must be at most ${spec.max}`);
      return value;
    }
    case "enum":
      if (typeof value !== "string" || !spec.values.includes(value)) {
        throw invalid("invalid_enum_value", param, `${param} must be one of: ${spec.values.join(", ")}`);
      }
      return value;
    case "id":
      if (typeof value !== "string") throw invalid("invalid_field_value", param, `${param} must be a string`);
      if (!isTypeId(value, spec.prefix)) {
        const p = typeof spec.prefix === "string" ? spec.prefix : spec.prefix.join("|");
        throw invalid("invalid_id_format", param, `${param} must look like ${p}_ followed by 26 base32 characters`);
      }
      return value;
    case "array": {
      if (!Array.isArray(value)) throw invalid("invalid_field_value", param, `${param} must be an array`);
      if (spec.min !== undefined && value.length < spec.min) throw invalid("invalid_field_value", param, `${param} needs at least ${spec.min} item(s)`);
      if (spec.max !== undefined && value.length > spec.max) throw invalid("invalid_field_value", param, `${param} takes at most ${spec.max} items`);
      return value.map((item, i) => checkValue(item, spec.items, `${param}[${i}]`));
    }
    case "object":
      return checkObject(value, spec.fields, param);
  }
}

/** Checks `value` against field specs and returns the accepted fields; throws a 400 ApiError on the first problem. */
export function checkObject(value: unknown, fields: Record<string, FieldSpec>, prefix = ""): Record<string, any> {
  const where = prefix || "body";
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw invalid("invalid_field_value", where, `${where} must be a JSON object`);
  }
  const obj = value as Record<string, unknown>;
  const out: Record<string, any> = {};
  for (const key of Object.keys(obj)) {
    if (!Object.hasOwn(fields, key)) {
      const param = prefix ? `${prefix}.${key}` : key;
      throw invalid("invalid_field_value", param, `unknown field ${param}`);
    }
  }
  for (const [key, spec] of Object.entries(fields)) {
    const param = prefix ? `${prefix}.${key}` : key;
    const v = obj[key];
    if (v === undefined || (v === null && !spec.nullable)) {
      if (spec.required) throw invalid("missing_required_field", param, `${param} is required`);
      continue;
    }
    out[key] = v === null ? null : checkValue(v, spec, param);
  }
  return out;
}
