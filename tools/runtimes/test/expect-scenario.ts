// The assertions every runtime's run must satisfy: the same scenario gives the same observable result.
import { expect } from "vitest";

const documentId = /^doc_[0-9a-hjkmnp-tv-z]{26}$/;

/** The JSON the scenario returns. */
export interface ScenarioResult {
  runtime: string;
  created: string[];
  pages: number;
  listed: string[];
  got: { id: string; title: string };
  error: { name: string; status: number; isFactifyError: boolean; isNotFoundError: boolean } | null;
  resolved?: string[];
  /** `process.version` where the entry sets it (the Node entries). */
  node?: string;
}

/** Asserts that `value` is a complete, successful scenario run by `runtime`. */
export function expectScenario(value: unknown, runtime: string): ScenarioResult {
  const result = value as ScenarioResult;
  expect(result.runtime).toBe(runtime);
  expect(result.created).toHaveLength(2);
  for (const id of result.created) expect(id).toMatch(documentId);
  // page_size 1 and at least the two uploads: the walk must have followed cursors across pages.
  expect(result.pages).toBeGreaterThanOrEqual(2);
  expect(result.pages).toBeGreaterThanOrEqual(result.listed.length);
  expect(result.listed).toEqual(expect.arrayContaining(result.created));
  expect(new Set(result.listed).size).toBe(result.listed.length);
  expect(result.got).toEqual({ id: result.created[0], title: `${runtime} smoke A` });
  expect(result.error).toEqual({ name: "NotFoundError", status: 404, isFactifyError: true, isNotFoundError: true });
  return result;
}

/** Asserts that both packages were loaded from their built `dist` file with the given extension. */
export function expectBuiltOutput(resolved: readonly string[] | undefined, extension: ".js" | ".cjs"): void {
  expect(resolved).toHaveLength(2);
  expect(resolved![0]).toMatch(new RegExp(`packages/core/dist/index\\${extension}$`));
  expect(resolved![1]).toMatch(new RegExp(`packages/documents/dist/index\\${extension}$`));
}
