import type { Reporter, TestModule } from "vitest/node";
import type { MissingEntry } from "./index.mjs";
export declare function missingRuntimes(modules: ReadonlyArray<TestModule>): MissingEntry[];
export declare class MissingRuntimesReporter implements Reporter {
  constructor(project: string, alsoMissing?: readonly MissingEntry[], root?: string);
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void;
}
