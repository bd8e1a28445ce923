// The tiny PDFs the emulator makes up: exports of non-PDF versions, entry pages, seeded documents.

/**
 * Returns a minimal, valid one-page PDF 1.4 showing `text` (ASCII; other characters become `?`).
 * The cross-reference offsets are computed, so PDF readers open it without repair. Public as
 * `samplePdf`, for tests and examples that need a real file to upload.
 */
export function makePdf(text = "Master Services Agreement"): Uint8Array<ArrayBuffer> {
  const safe = text.replace(/[^\x20-\x7e]/g, "?").replace(/[()\\]/g, "\\$&").slice(0, 120);
  const content = `BT /F1 18 Tf 72 720 Td (${safe}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) pdf += `${String(off).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
