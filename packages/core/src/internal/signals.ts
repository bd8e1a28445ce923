// Waiting that never outlives its use, and the abort controllers every attempt runs under.

/** setTimeout stores its delay in a signed 32-bit integer; anything longer fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Waits `ms`, or rejects with the signal's reason the moment it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      signal?.aborted ? reject(signal.reason) : resolve();
    };
    const timer = setTimeout(done, Math.min(ms, MAX_TIMER_MS));
    signal?.aborted ? done() : signal?.addEventListener("abort", done);
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

/** Returns a controller after its attempt settled; an aborted or worn-out one is dropped. */
export function releaseController(controller: AbortController): void {
  const left = usesLeft.get(controller) ?? MAX_USES;
  if (controller.signal.aborted || left <= 1 || shelf.length >= MAX_IDLE) return;
  usesLeft.set(controller, left - 1);
  shelf.push(controller);
}
