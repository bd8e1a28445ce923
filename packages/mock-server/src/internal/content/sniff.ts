// Content sniffing for uploads: the five document formats the API knows, and logo images.

/** The document formats the API accepts, as its `source_format` names them. */
export type SourceFormat = "pdf" | "docx" | "xlsx" | "csv" | "markdown";

function startsWith(bytes: Uint8Array, sig: number[], offset = 0): boolean {
  return sig.every((b, i) => bytes[offset + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < Math.min(to, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Returns the document format of an upload, or undefined when it is none of the five. */
export function sniffFormat(bytes: Uint8Array, filename: string, contentType: string): SourceFormat | undefined {
  if (bytes.length === 0) return undefined;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  const name = filename.toLowerCase();
  const type = contentType.toLowerCase();
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // OOXML packages are zips whose entry names are stored in clear text.
    const head = ascii(bytes, 0, 1 << 20);
    if (head.includes("word/") || name.endsWith(".docx")) return "docx";
    if (head.includes("xl/") || name.endsWith(".xlsx")) return "xlsx";
    return undefined;
  }
  if (!isUtf8Text(bytes)) return undefined;
  if (name.endsWith(".csv") || type.startsWith("text/csv")) return "csv";
  if (name.endsWith(".md") || name.endsWith(".markdown") || type.startsWith("text/markdown")) return "markdown";
  return undefined;
}

/** Returns the image type of logo bytes (JPEG, PNG, WebP or SVG), or undefined. */
export function sniffImage(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "image/webp";
  const head = ascii(bytes, 0, 1024).trimStart().toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))) return "image/svg+xml";
  return undefined;
}

/** Returns the MIME type stored for a document format. */
export function mimeOf(format: SourceFormat): string {
  return {
    pdf: "application/pdf",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    csv: "text/csv",
    markdown: "text/markdown",
  }[format];
}
