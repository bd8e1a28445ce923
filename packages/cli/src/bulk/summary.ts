// The end of a bulk job: counts, the exit code they imply, and the human summary line.
import { ExitCode, type ExitCodeValue } from "../internal/exit-codes";
import { formatBytes } from "../internal/output";

/** Counts of a finished (or interrupted) bulk job. */
export interface JobCounts {
  done: number;
  skipped: number;
  failed: number;
  /** Items never started because the job was interrupted. */
  notStarted: number;
  bytes: number;
  seconds: number;
  interrupted: boolean;
}

/**
 * Stops a bulk job from starting more items after a failure that every later item would hit too (the
 * key was refused: HTTP 401), instead of printing the same error once per file.
 */
export function stopOnFatal(): { signal: AbortSignal; check(error: unknown): void } {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    check(error) {
      if ((error as { status?: unknown } | undefined)?.status === 401) controller.abort();
    },
  };
}

/** 130 when interrupted; 1 when everything failed; 3 when some items failed; else 0. */
export function jobExitCode(c: JobCounts): ExitCodeValue {
  if (c.interrupted) return ExitCode.interrupted;
  if (c.failed > 0 && c.done + c.skipped === 0) return ExitCode.apiError;
  if (c.failed > 0) return ExitCode.partial;
  return ExitCode.ok;
}

/** One summary line, e.g. "Uploaded 3, skipped 1, failed 0 (4.0 MiB in 1.2 s)". */
export function summaryLine(verb: string, skippedAs: string, c: JobCounts): string {
  const parts = [`${verb} ${c.done}`, `${skippedAs} ${c.skipped}`, `failed ${c.failed}`];
  if (c.notStarted > 0) parts.push(`not started ${c.notStarted}`);
  const line = `${parts.join(", ")} (${formatBytes(c.bytes)} in ${c.seconds.toFixed(1)} s)`;
  return c.interrupted ? `Interrupted. ${line}` : line;
}
