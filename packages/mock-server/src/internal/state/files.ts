// Stored blobs: uploads, logos and generated pages, kept as base64 so the state stays JSON.
import { toBase64 } from "../content/bytes";
import { type Engine, makeId } from "./engine";
import type { FileRec } from "./store";

/** Stores bytes and returns the file record. */
export function storeFile(engine: Engine, bytes: Uint8Array, contentType: string, name: string): FileRec {
  const rec: FileRec = { id: makeId(engine, "file"), content_type: contentType, name, data: toBase64(bytes) };
  engine.state.files[rec.id] = rec;
  return rec;
}
