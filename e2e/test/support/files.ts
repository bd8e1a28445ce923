// Small but genuine files to upload: the emulator sniffs content, so a PDF must start like one.
import { samplePdf } from "@factify/mock-server";

const encoder = new TextEncoder();

/** A one-page PDF 1.4 that shows `text`: the emulator's own sample, as users' tests would use it. */
export function pdfBytes(text = "Master Services Agreement"): Uint8Array<ArrayBuffer> {
  return samplePdf(text);
}

/** A PDF wrapped in a Blob, as a browser or edge caller would hand it over. */
export function pdfBlob(text?: string): Blob {
  return new Blob([pdfBytes(text)], { type: "application/pdf" });
}

/** A Markdown file as `{ data, filename, contentType }`, the form that names the file. */
export function markdownFile(markdown: string): { data: Uint8Array<ArrayBuffer>; filename: string; contentType: string } {
  return { data: encoder.encode(markdown), filename: "notes.md", contentType: "text/markdown" };
}
