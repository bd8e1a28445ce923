// Small but genuine files to upload: the emulator sniffs content, so a PDF must start like one.
const encoder = new TextEncoder();

/** A one-page PDF 1.4 that shows `text`; cross-reference offsets are computed, so readers accept it. */
export function pdfBytes(text = "Master Services Agreement"): Uint8Array<ArrayBuffer> {
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 24 Tf 72 720 Td (${escaped}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(out);
}

/** A PDF wrapped in a Blob, as a browser or edge caller would hand it over. */
export function pdfBlob(text?: string): Blob {
  return new Blob([pdfBytes(text)], { type: "application/pdf" });
}

/** A Markdown file as `{ data, filename, contentType }`, the form that names the file. */
export function markdownFile(markdown: string): { data: Uint8Array<ArrayBuffer>; filename: string; contentType: string } {
  return { data: encoder.encode(markdown), filename: "notes.md", contentType: "text/markdown" };
}
