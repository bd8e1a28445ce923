// Loading the --data file: every way it can be unusable becomes one MockDataFileError naming the
// file, before anything is written, so a bad file is reported and left exactly as it was.
import { readFileSync, statSync } from "node:fs";

/** Why the data file could not be used. */
export type DataFileProblem = "is-directory" | "unreadable" | "corrupt" | "unwritable";

/** The --data file cannot be used; the message names the file and says why in one line. */
export class MockDataFileError extends Error {
  override readonly name = "MockDataFileError";
  constructor(
    readonly file: string,
    readonly problem: DataFileProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Reads the data file's text; undefined when it does not exist yet (it is created on the first save). */
export function readDataFile(file: string): string | undefined {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(file).isDirectory();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new MockDataFileError(file, "unreadable", `cannot read data file ${file}: ${reason(e)}`, { cause: e });
  }
  if (isDirectory) throw new MockDataFileError(file, "is-directory", `data file ${file} is a directory; give the path of a JSON file`);
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new MockDataFileError(file, "unreadable", `cannot read data file ${file}: ${reason(e)}`, { cause: e });
  }
}

/** Restores `text` with `restore`; anything it rejects becomes a "corrupt" MockDataFileError. */
export function restoreDataFile(file: string, text: string, restore: (text: string) => void): void {
  try {
    restore(text);
  } catch (e) {
    const why = e instanceof SyntaxError ? "it is not valid JSON" : reason(e);
    throw new MockDataFileError(file, "corrupt", `data file ${file} is not a saved emulator state (${why}); fix or remove it`, { cause: e });
  }
}

/** Returns the error for a save of `file` that failed with `error`. */
export function unwritable(file: string, error: unknown): MockDataFileError {
  if (error instanceof MockDataFileError) return error;
  return new MockDataFileError(file, "unwritable", `cannot write data file ${file}: ${reason(error)}`, { cause: error });
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "its folder does not exist";
  if (code === "EISDIR") return "it is a directory";
  return e instanceof Error ? e.message : String(e);
}
