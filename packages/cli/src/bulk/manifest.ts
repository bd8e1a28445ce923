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

/** Saves manifests one at a time, always the latest state, each save atomic. */
export function manifestWriter(dir: string, manifest: Manifest): { save(): Promise<void> } {
  let chain: Promise<void> = Promise.resolve();
  let n = 0;
  return {
    save() {
      chain = chain.then(async () => {
        const target = join(dir, MANIFEST_NAME);
        const temp = `${target}.${process.pid}.${n++}.tmp`;
        await writeFile(temp, `${JSON.stringify(manifest, null, 2)}\n`);
        await rename(temp, target);
      });
      return chain;
    },
  };
}
