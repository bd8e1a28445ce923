// Made-up "processed content" for getVersionRecord: markdown and CSV are really parsed (headings,
// lists, paragraphs; header row and cells), other formats get a plausible skeleton.
import { iso } from "../state/clock";
import type { SourceFormat, VersionRec } from "../state/store";

const MAX_BLOCKS = 500;
const MAX_ROWS = 1000;

function markdownBlocks(text: string): Record<string, unknown>[] {
  const blocks: Record<string, unknown>[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let para: string[] = [];
  let list: string[] = [];
  const push = (data: Record<string, unknown>) => {
    if (blocks.length < MAX_BLOCKS) blocks.push({ id: `blk_${blocks.length + 1}`, ...data });
  };
  const flush = () => {
    if (para.length) push({ paragraph: { text: para.join(" ") } });
    if (list.length) push({ list: { style: "LIST_STYLE_UNORDERED", items: list.map((t) => ({ text: t })) } });
    para = [];
    list = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      push({ heading: { level: heading[1]!.length, text: heading[2]!.trim() } });
    } else if (/^```/.test(line)) {
      flush();
      const code: string[] = [];
      const language = line.slice(3).trim();
      while (++i < lines.length && !/^```/.test(lines[i]!)) code.push(lines[i]!);
      push({ code_block: { code: code.join("\n"), language } });
    } else if (/^\s*[-*+]\s+/.test(line)) {
      if (para.length) flush();
      list.push(line.replace(/^\s*[-*+]\s+/, ""));
    } else if (/^>\s?/.test(line)) {
      flush();
      push({ quote: { text: line.replace(/^>\s?/, "") } });
    } else if (/^(-{3,}|\*{3,})\s*$/.test(line)) {
      flush();
      push({ thematic_break: {} });
    } else if (line.trim() === "") {
      flush();
    } else {
      if (list.length) flush();
      para.push(line.trim());
    }
  }
  flush();
  return blocks;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length && rows.length < MAX_ROWS + 1; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function cellOf(value: string): Record<string, unknown> {
  return /^-?\d+(\.\d+)?$/.test(value.trim()) ? { number_value: Number(value) } : { string_value: value };
}

/** Returns the GetRecordResponse body for a processed version. */
export function buildRecord(v: VersionRec, bytes: Uint8Array, title: string): Record<string, unknown> {
  const at = iso(v.ready_at);
  const source = { source_id: v.id, ingested_at: iso(v.created_at) };
  const format: SourceFormat = v.source_format;
  if (format === "csv" || format === "xlsx") {
    const rows = format === "csv" ? parseCsv(new TextDecoder().decode(bytes)) : [["A"], ["1"]];
    const [header = [], ...body] = rows;
    return {
      id: v.record_id,
      source_format: format,
      spreadsheet: {
        record: {
          id: v.record_id,
          metadata: { title, extracted_at: at },
          sheets: [
            {
              name: "Sheet1",
              tables: [
                {
                  name: "Table1",
                  columns: header.map((h) => ({ name: h, type: "CELL_TYPE_STRING" })),
                  rows: body.slice(0, MAX_ROWS).map((r) => ({ cells: r.map(cellOf) })),
                },
              ],
            },
          ],
          source,
        },
        layout: { record_id: v.record_id, extracted_at: at, sheet_layouts: [{ sheet_name: "Sheet1" }] },
      },
    };
  }
  const blocks =
    format === "markdown"
      ? markdownBlocks(new TextDecoder().decode(bytes))
      : [
          { id: "blk_1", heading: { level: 1, text: title } },
          { id: "blk_2", paragraph: { text: `Text extracted from the ${format} upload (${bytes.length} bytes).` } },
        ];
  return {
    id: v.record_id,
    source_format: format,
    document: {
      record: { id: v.record_id, metadata: { title, language: "en", extracted_at: at }, blocks, source },
      layout: {
        record_id: v.record_id,
        extracted_at: at,
        pages: [{ page_number: 1, orientation: "ORIENTATION_PORTRAIT", dimensions: { width_mm: 210, height_mm: 297 } }],
      },
    },
  };
}
