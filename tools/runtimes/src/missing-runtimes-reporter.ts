// The shared reporter (@factify-tools/missing-runtimes/reporter): after the summary it prints a banner
// with every runtime the run could not test, why, and how to install it, and it records the same list
// in .tmp/missing-runtimes/ at the repository root, which the root `pnpm test` prints again at its end.
import { type MissingEntry, missingBanner } from "@factify-tools/missing-runtimes";

export { MissingRuntimesReporter, missingRuntimes } from "@factify-tools/missing-runtimes/reporter";

/** One test skipped because its runtime is missing. */
export type MissingRuntime = MissingEntry;

/** The banner for `missing`, or an empty string when nothing is missing. */
export function missingRuntimesBanner(missing: readonly MissingRuntime[]): string {
  return missingBanner([{ project: "@factify-tools/runtimes", recordedAt: "", missing: [...missing] }]);
}
