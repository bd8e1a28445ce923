// The backup's sidecar manifest (factify-backup.json in the backup folder): for every document saved,
// the version it holds, its file name, size and SHA-256. A rerun trusts a file only when the manifest
// says it is complete for the document's current version and the file on disk still has that size
// (and, with --verify, that hash). Written to a temporary name and renamed, like the files.
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

export const MANIFEST_NAME = "factify-backup.json";

/** One saved document. */
export interface ManifestEntry {
  title: string;
  version_id: string | null;
  file: string;
  size: number;
  sha256: string;
  saved_at: string;
}

/** The whole manifest. */
export interface Manifest {
  format: 1;
  documents: Record<string, ManifestEntry>;
}

/** Reads the manifest of `dir`; an empty one when there is none or it cannot be parsed. */
export async function readManifest(dir: string): Promise<Manifest> {
  try {
    const value = JSON.parse(await readFile(join(dir, MANIFEST_NAME), "utf8")) as Partial<Manifest>;
    if (value.format === 1 && value.documents && typeof value.documents === "object") return value as Manifest;
  } catch {
    // Missing or damaged: every file is checked again, nothing is lost but time.
  }
  return { format: 1, documents: {} };
}

/**
 * Saves the manifest atomically, at most once per `intervalMs` while a job runs (rewriting the whole
 * file after every document would cost O(n²) writes on a large account), and once more on `flush()`.
 * A crash between saves only loses entries of files already on disk: a rerun downloads those again.
 */
export function manifestWriter(dir: string, manifest: Manifest, intervalMs = 1000): { save(): void; flush(): Promise<void> } {
  const target = join(dir, MANIFEST_NAME);
  let n = 0;
  let dirty = false;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    timer = undefined;
    if (!dirty) return writing;
    dirty = false;
    writing = writing.then(async () => {
      const temp = `${target}.${process.pid}.${n++}.tmp`;
      await writeFile(temp, `${JSON.stringify(manifest, null, 2)}\n`);
      await rename(temp, target);
    });
    return writing;
  };
  return {
    save() {
      dirty = true;
      timer ??= setTimeout(write, intervalMs);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      await write();
    },
  };
}
