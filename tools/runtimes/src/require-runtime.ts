// What a test does when its runtime is missing. On CI (CI=true) it fails: every runtime the SDK
// promises must be tested there. Elsewhere (a contributor's machine without Chromium, say) it is
// reported as a skipped test whose note gives the reason and the way to install it, and the
// reporter (missing-runtimes-reporter.ts) repeats every such note in a banner after the summary.
import { missingRuntimeFails } from "@factify-tools/node-lines";
import type { Located } from "./locate";

/** The prefix of every skip note this suite writes; the reporter collects the notes that carry it. */
export const MISSING_RUNTIME = "runtime missing:";

/** The part of vitest's test context this needs. */
export interface SkippableContext {
  skip(note?: string): never;
}

/** Returns the runtime's path; else skips the test with the reason (or, on CI, throws it). */
export function requireRuntime(context: SkippableContext, located: Located, env: NodeJS.ProcessEnv = process.env): string {
  if (located.ok) return located.path;
  const message = `${located.reason}. To run it: ${located.hint}`;
  if (missingRuntimeFails(env)) throw new Error(`${message} (CI=true: a missing runtime fails the suite)`);
  return context.skip(`${MISSING_RUNTIME} ${message}`);
}
