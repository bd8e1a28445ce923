// What a test does when its runtime is missing: the workspace's one rule, from
// @factify-tools/missing-runtimes. On CI (CI=true or CI=1) it fails: every runtime the SDK promises
// must be tested there. Elsewhere it is a skipped test whose note gives the reason and the way to
// install it, and the reporter repeats every such note in a banner after the summary.
export { MISSING_RUNTIME, requireRuntime, type SkippableContext } from "@factify-tools/missing-runtimes";
