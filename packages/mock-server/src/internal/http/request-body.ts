// Request body readers: JSON for most operations, multipart for uploads. Every failure is a 400
// with a ConnectRPC body, never an exception that escapes.
import { invalid } from "./api-error";
import { checkObject, type FieldSpec } from "./validate";

/** Largest JSON body accepted (the logo's 2 MiB of base64 plus room). */
export const MAX_JSON_BYTES = 4 * 1024 * 1024;
/** Largest multipart upload accepted. */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

/** What the readers need of a request context: only the request itself. */
type WithRequest = { readonly request: Request };

function tooLarge(request: Request, max: number): boolean {
  const len = Number(request.headers.get("content-length") ?? "0");
  return Number.isFinite(len) && len > max;
}

/** Reads a required JSON object body and checks it against `fields`. */
export async function readJson(ctx: WithRequest, fields: Record<string, FieldSpec>): Promise<Record<string, any>> {
  const type = (ctx.request.headers.get("content-type") ?? "").toLowerCase();
  const text = await ctx.request.text().catch(() => {
    throw invalid("invalid_field_value", "body", "the request body could not be read");
  });
  if (text.length === 0) throw invalid("missing_required_field", "body", "a JSON request body is required (send {} when there is nothing to set)");
  if (!/^application\/([\w.+-]*\+)?json\s*(;|$)/.test(type)) {
    throw invalid("invalid_field_value", "content-type", "the request body must be sent as application/json");
  }
  if (text.length > MAX_JSON_BYTES) throw invalid("invalid_field_value", "body", "the request body is too large");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid("invalid_field_value", "body", "the request body is not valid JSON");
  }
  return checkObject(parsed, fields);
}

/** Reads a multipart/form-data body. */
export async function readForm(ctx: WithRequest): Promise<FormData> {
  const type = (ctx.request.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("multipart/form-data")) {
    throw invalid("invalid_field_value", "content-type", "this operation takes a multipart/form-data body");
  }
  if (tooLarge(ctx.request, MAX_UPLOAD_BYTES)) throw invalid("invalid_field_value", "payload", "the upload is too large");
  try {
    return await ctx.request.formData();
  } catch {
    throw invalid("invalid_field_value", "body", "the multipart body could not be parsed");
  }
}

/** Returns a text field of a form, checking its length; a file where text belongs is a 400. */
export function formText(form: FormData, name: string, opts: { required?: boolean; min?: number; max?: number } = {}): string | undefined {
  const all = form.getAll(name);
  if (all.length > 1) throw invalid("invalid_field_value", name, `${name} was sent more than once`);
  const v = all[0];
  if (v === undefined) {
    if (opts.required) throw invalid("missing_required_field", name, `${name} is required`);
    return undefined;
  }
  if (typeof v !== "string") throw invalid("invalid_field_value", name, `${name} must be a text field`);
  const len = [...v].length;
  if (opts.min !== undefined && len < opts.min) throw invalid("invalid_field_value", name, `${name} must be at least ${opts.min} characters`);
  if (opts.max !== undefined && len > opts.max) throw invalid("invalid_field_value", name, `${name} must be at most ${opts.max} characters`);
  return v;
}

/** Returns the uploaded file of a form field (`payload`); throws 400 when absent or not a file. */
export async function formFile(form: FormData, name: string): Promise<{ bytes: Uint8Array; filename: string; type: string }> {
  const v = form.get(name);
  if (v === null) throw invalid("missing_required_field", name, `${name} is required`);
  if (typeof v === "string") throw invalid("invalid_field_value", name, `${name} must be a file part`);
  if (v.size > MAX_UPLOAD_BYTES) throw invalid("invalid_field_value", name, "the upload is too large");
  const bytes = new Uint8Array(await v.arrayBuffer());
  return { bytes, filename: (v as File).name ?? "", type: v.type ?? "" };
}

/** Rejects form fields outside `allowed`, and the read-only ones. */
export function checkFormFields(form: FormData, allowed: readonly string[], readOnly: readonly string[]): void {
  for (const key of form.keys()) {
    if (readOnly.includes(key)) throw invalid("invalid_field_value", key, `${key} is set by the server and must not be sent`);
    if (!allowed.includes(key)) throw invalid("invalid_field_value", key, `unknown field ${key}`);
  }
}
