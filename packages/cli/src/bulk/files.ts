// Local files for uploads: expanding the arguments (paths or globs), hashing, and the upload body.
import { createHash } from "node:crypto";
import { createReadStream, openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import type { CreateDocumentParams } from "@factify/documents";
import { glob, isDynamicPattern } from "tinyglobby";
import { UsageError } from "../internal/errors";

/** A file to upload. */
export interface LocalFile {
  /** As the user would recognise it (relative when they gave a relative path or glob). */
  name: string;
  path: string;
  size: number;
}

/**
 * Turns the command-line arguments into files: an existing path is taken as it is, anything else
 * is a glob. Every argument must match at least one file.
 * @throws UsageError naming the argument that matched nothing or names a directory.
 */
export async function expandFiles(patterns: readonly string[]): Promise<LocalFile[]> {
  const seen = new Set<string>();
  const files: LocalFile[] = [];
  for (const pattern of patterns) {
    const info = await stat(pattern).catch(() => undefined);
    let names: string[];
    if (info?.isDirectory()) throw new UsageError(`${pattern} is a directory: pass a glob such as "${pattern.replace(/\/$/, "")}/**/*.pdf"`);
    if (info?.isFile()) names = [pattern];
    else if (isDynamicPattern(pattern)) names = (await glob(pattern, { onlyFiles: true, dot: false, expandDirectories: false })).sort();
    else throw new UsageError(`no such file: ${pattern}`);
    if (names.length === 0) throw new UsageError(`no file matches ${pattern}`);
    for (const name of names) {
      const path = resolve(name);
      if (seen.has(path)) continue;
      seen.add(path);
      files.push({ name, path, size: (await stat(path)).size });
    }
  }
  return files;
}

/** SHA-256 of a file, read as a stream (constant memory whatever its size). */
export async function hashFile(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash, { signal });
  return hash.digest("hex");
}

const TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".csv": "text/csv",
  ".md": "text/markdown",
  ".markdown": "text/markdown",
};

/**
 * The upload body of a file: a Blob backed by the file on disk, so it streams from disk (one chunk in
 * memory) and can be read again if the request is retried.
 */
export async function fileUpload(file: LocalFile): Promise<CreateDocumentParams["payload"]> {
  const blob = await openAsBlob(file.path, { type: TYPES[extname(file.path).toLowerCase()] ?? "application/octet-stream" });
  return { data: blob, filename: basename(file.path), contentType: blob.type, size: file.size };
}

/** A document title from a file name: the name without its extension. */
export function titleFor(file: LocalFile): string {
  const base = basename(file.path, extname(file.path)).trim();
  return (base || basename(file.path)).slice(0, 255);
}
