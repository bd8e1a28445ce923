// Ctrl-C for long jobs: the first SIGINT aborts the job's signal so in-flight requests and downloads
// stop and clean up, and the job prints its summary; a second SIGINT exits at once (130).
import { ExitCode } from "./exit-codes";

/** A signal that aborts on the first Ctrl-C (or SIGTERM), and a function to stop listening. */
export interface Interrupt {
  signal: AbortSignal;
  /** True once the user interrupted. */
  readonly interrupted: boolean;
  dispose(): void;
}

let interruptedOnce = false;

/** Whether the user pressed Ctrl-C during this run: whatever error that caused, the exit code is 130. */
export function wasInterrupted(): boolean {
  return interruptedOnce;
}

/** Starts listening for SIGINT/SIGTERM for the duration of a job. */
export function onInterrupt(): Interrupt {
  const controller = new AbortController();
  const handle = () => {
    if (controller.signal.aborted) process.exit(ExitCode.interrupted);
    interruptedOnce = true;
    // An AbortError, so that ofetch and core see a plain abort and do not retry it.
    controller.abort(new DOMException("interrupted by the user", "AbortError"));
  };
  process.on("SIGINT", handle);
  process.on("SIGTERM", handle);
  return {
    signal: controller.signal,
    get interrupted() {
      return controller.signal.aborted;
    },
    dispose() {
      process.off("SIGINT", handle);
      process.off("SIGTERM", handle);
    },
  };
}
