// A vitest reporter that makes a skipped runtime impossible to miss: after the summary it prints a
// banner with every test skipped because a runtime is missing (the notes requireRuntime writes, plus
// any files the config left out for the same reason), and records them for the root summary.
import { MISSING_RUNTIME, missingBanner, writeMissing } from "./index.mjs";

/** The skipped tests of vitest's `modules` whose note says a runtime is missing. */
export function missingRuntimes(modules) {
  const found = [];
  for (const module of modules) {
    for (const test of module.children.allTests("skipped")) {
      const result = test.result();
      const note = result.state === "skipped" ? result.note : undefined;
      if (note?.startsWith(MISSING_RUNTIME)) found.push({ test: test.fullName, note: note.slice(MISSING_RUNTIME.length).trim() });
    }
  }
  return found;
}

export class MissingRuntimesReporter {
  /** @param {string} project @param {{ test: string, note: string }[]} [alsoMissing] */
  constructor(project, alsoMissing = [], root) {
    this.project = project;
    this.alsoMissing = alsoMissing;
    this.root = root;
  }

  onTestRunEnd(modules) {
    const missing = [...this.alsoMissing, ...missingRuntimes(modules)];
    writeMissing(this.project, missing, this.root);
    const banner = missingBanner([{ project: this.project, recordedAt: "", missing }]);
    if (banner) console.log(`\n${banner}\n`);
  }
}
