// Time limits and abort signals, kept bounded: timers that cannot overflow, one listener per shared
// signal however many calls wait on it, and the abort controllers every attempt runs under.

/** setTimeout stores its delay in a signed 32-bit integer; anything longer fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Calls `fire` after `ms` (Infinity: never) and returns the cancel function. Delays beyond what
 * setTimeout can hold are reached in steps instead of firing at once.
 */
export function startTimer(ms: number, fire: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const end = Date.now() + ms;
  const arm = (left: number) => {
    timer = left > MAX_TIMER_MS ? setTimeout(() => arm(end - Date.now()), MAX_TIMER_MS) : setTimeout(fire, left);
  };
  if (ms !== Infinity) arm(ms);
  return () => clearTimeout(timer);
}

// Callbacks waiting on each signal. A signal shared by many concurrent calls (one per request
// handler, say) carries one listener of ours, removed when the last waiting call is done.
const waiting = new WeakMap<AbortSignal, Set<() => void>>();

function dispatch(this: AbortSignal): void {
  const callbacks = waiting.get(this);
  waiting.delete(this);
  this.removeEventListener("abort", dispatch);
  for (const callback of callbacks ?? []) callback();
}

/**
 * Runs `callback` once when `signal` aborts (at once when it already has), and returns the function
 * that stops waiting. Call that function when done, so the signal lets go of the callback.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  if (signal.aborted) {
    callback();
    return () => {};
  }
  let callbacks = waiting.get(signal);
  if (!callbacks) {
    waiting.set(signal, (callbacks = new Set()));
    signal.addEventListener("abort", dispatch);
  }
  // A fresh function per call: the same callback registered twice must still be removable twice.
  const entry = () => callback();
  callbacks.add(entry);
  return () => {
    if (callbacks.delete(entry) && !callbacks.size && waiting.get(signal) === callbacks) {
      waiting.delete(signal);
      signal.removeEventListener("abort", dispatch);
    }
  };
}

/** Resolves like `work`, or rejects with the signal's reason the moment `signal` aborts (leaving `work` to settle unheard). */
export function untilAborted<T>(work: T | PromiseLike<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = onAbort(signal, () => reject(signal.reason));
    Promise.resolve(work).then(
      (value) => {
        stop();
        resolve(value);
      },
      (error) => {
        stop();
        reject(error);
      },
    );
  });
}

/** Waits `ms`, or rejects with the signal's reason the moment it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    let stop = () => {};
    const cancel = startTimer(ms, () => {
      stop();
      resolve();
    });
    if (signal) {
      stop = onAbort(signal, () => {
        cancel();
        reject(signal.reason);
      });
    }
  });
}

// Making an AbortController costs about 10 µs on Node 20 (its signal is made transferable between
// workers), as much as everything else the SDK does on a call, and every attempt needs one for its
// timeout. One that never fired can serve a later attempt. Node's fetch leaves a listener on each
// signal it was given until garbage collection and walks all of them on every request, so a
// controller serves a few attempts only (8: the walks stay short, creation is still mostly saved)
// and the shelf holds a bounded number: neither can grow with the traffic.
const MAX_USES = 8;
const MAX_IDLE = 16;
const shelf: AbortController[] = [];
const usesLeft = new WeakMap<AbortController, number>();

/** An unaborted controller for one attempt: a reused one when available. Hand it back with `releaseController`. */
export function takeController(): AbortController {
  return shelf.pop() ?? new AbortController();
}

/**
 * Returns a controller after its attempt settled; an aborted or worn-out one is dropped, and so is one
 * that something still waits on (its callbacks would fire for a later attempt).
 */
export function releaseController(controller: AbortController): void {
  const left = usesLeft.get(controller) ?? MAX_USES;
  if (controller.signal.aborted || waiting.has(controller.signal) || left <= 1 || shelf.length >= MAX_IDLE) return;
  usesLeft.set(controller, left - 1);
  shelf.push(controller);
}
