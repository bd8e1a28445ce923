// Running the caller's own functions (token provider, hooks) so that none can hang a call or escape
// the error hierarchy: each runs under a signal, and what it throws comes back as a CallbackError.
import { CallbackError, isFactifyError } from "../errors";
import { untilAborted } from "./signals";

/**
 * Runs `run` until it settles or `signal` aborts.
 * @throws CallbackError naming `source` with what `run` threw as `cause` (a FactifyError it threw
 *   passes unwrapped); the signal's reason when it aborted first.
 */
export async function runCallback<T>(source: string, run: () => T | PromiseLike<T>, signal: AbortSignal): Promise<T> {
  try {
    return await untilAborted(run(), signal);
  } catch (cause) {
    // Aborted: the attempt classifies it (timeout or the caller's abort). An SDK error thrown on
    // purpose (a closed client's hook, a provider reporting a bad setting) is typed already.
    if (signal.aborted || isFactifyError(cause)) throw cause;
    throw new CallbackError(source, cause);
  }
}
