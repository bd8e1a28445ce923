// Temporary folders for a test file, all removed by `removeTempDirs()` in its afterAll.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

/** A new empty folder under the system's temp directory. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `factify-cli-${name}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made in this test file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
