// Writing the --data file so that no reader, and no crash, ever sees half of it: the text goes to
// a temporary file beside the target, is flushed to disk, and then replaces the target in one
// rename (atomic on POSIX file systems when both names are in one directory).
import * as nodeFs from "node:fs";
import { basename, dirname, join } from "node:path";

/** The file-system calls the writer makes; tests pass their own to simulate a crash. */
export type AtomicWriteFs = Pick<typeof nodeFs, "openSync" | "writeSync" | "fsyncSync" | "closeSync" | "renameSync" | "rmSync">;

/** Returns the temporary name used while writing `file`; it shares the target's directory, so the rename stays atomic. */
export function temporaryNameFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/**
 * Replaces `file` with `text` atomically: the old content stays whole until the new one is
 * complete on disk. On failure the temporary file is removed and the error rethrown.
 */
export function writeFileAtomically(file: string, text: string, fs: AtomicWriteFs = nodeFs): void {
  const tmp = temporaryNameFor(file);
  let renamed = false;
  try {
    const fd = fs.openSync(tmp, "w", 0o600);
    try {
      fs.writeSync(fd, text);
      // Flush before the rename: otherwise a power loss can leave the new name pointing at an empty file.
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
    renamed = true;
    syncDirectory(dirname(file), fs);
  } finally {
    if (!renamed) fs.rmSync(tmp, { force: true });
  }
}

// Persist the rename itself. Some platforms and file systems refuse fsync on a directory; the
// data is already safe from readers then, so that refusal is not an error.
function syncDirectory(dir: string, fs: AtomicWriteFs): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, "r");
    fs.fsyncSync(fd);
  } catch {
    // best effort, see above
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
