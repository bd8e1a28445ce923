// Shared test helpers: a tiny client over mock.fetch, sample files and the spec loader.
import { createMockFactify, type MockFactify, type MockFactifyOptions } from "../src/index";

export const BASE = "http://mock.test";

/** One recorded exchange. */
export interface Exchange {
  status: number;
  body: any;
  headers: Headers;
}

/** Options for one call. */
export interface CallOptions {
  token?: string | null;
  query?: Record<string, string | number | boolean | Array<string | number | boolean>>;
  json?: unknown;
  form?: Record<string, string | Blob>;
  headers?: Record<string, string>;
  rawBody?: BodyInit;
}

/** Calls the emulator in-process and parses the JSON answer. */
export async function call(mock: MockFactify, method: string, path: string, opts: CallOptions = {}): Promise<Exchange> {
  const url = new URL(path.startsWith("/__mock") ? path : `/v1beta${path}`, BASE);
  for (const [k, v] of Object.entries(opts.query ?? {})) {
    for (const item of Array.isArray(v) ? v : [v]) url.searchParams.append(k, String(item));
  }
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token !== null) headers.authorization = `Bearer ${opts.token ?? mock.tokens.owner}`;
  let body: BodyInit | undefined = opts.rawBody;
  if (opts.json !== undefined) {
    headers["content-type"] ??= "application/json";
    body = JSON.stringify(opts.json);
  }
  if (opts.form) {
    const fd = new FormData();
    for (const [k, v] of Object.entries(opts.form)) {
      if (typeof v === "string") fd.append(k, v);
      else fd.append(k, v, (v as File).name ?? "upload.bin");
    }
    body = fd;
  }
  const res = await mock.fetch(url, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (an HTML fault page, a file): keep the text.
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

/** Returns a new emulator with rate limits off and instant processing, unless overridden. */
export function newMock(options: MockFactifyOptions = {}): MockFactify {
  return createMockFactify({ processingDelayMs: 0, rateLimit: false, ...options });
}

/** Returns a small PDF file. */
export function pdfFile(name = "report.pdf", text = "hello"): File {
  return new File([`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\n%%EOF\n`], name, { type: "application/pdf" });
}

/** Returns a file with the given content and name. */
export function file(content: string | Uint8Array, name: string, type = "application/octet-stream"): File {
  return new File([content as BlobPart], name, { type });
}

/** A 1x1 PNG. */
export const PNG_1PX = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0),
);

/** Uploads a PDF as `token` and returns the created document. */
export async function createDoc(mock: MockFactify, token?: string, fields: Record<string, string> = {}): Promise<any> {
  const r = await call(mock, "POST", "/documents", { token, form: { title: "Test document", ...fields, payload: pdfFile() } });
  if (r.status !== 200) throw new Error(`createDocument failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.document;
}

/** Expects a ConnectRPC error with the given status, code and reason; returns the body. */
export function errorOf(r: Exchange): { status: number; code: string; reason: string; param?: string } {
  return { status: r.status, code: r.body?.code, reason: r.body?.details?.[0]?.reason, param: r.body?.details?.[0]?.param };
}
