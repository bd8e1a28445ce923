/** Where a runtime is, or why it cannot be had here and how to get it. */
export type Located = { ok: true; path: string; version: string } | { ok: false; reason: string; hint: string };
/** One test (or file, or example) that did not run. */
export interface MissingEntry { test: string; note: string }
export interface MissingRecord { project: string; recordedAt: string; missing: MissingEntry[] }
export interface SkippableContext { skip(note?: string): never }
type Env = Record<string, string | undefined>;

export declare const MISSING_RUNTIME: "runtime missing:";
export declare const repoRoot: string;
export declare function recordsDir(root?: string): string;
export declare function missingRuntimeFails(env?: Env): boolean;
export declare function locateCommand(command: string, hint: string, env?: Env): Located;
export declare function missingNote(located: Extract<Located, { ok: false }>): string;
export declare function requireRuntime(context: SkippableContext, located: Located, env?: Env): string;
export declare function writeMissing(project: string, missing: readonly MissingEntry[], root?: string): void;
export declare function readMissing(root?: string): MissingRecord[];
export declare function clearMissing(root?: string): void;
export declare function missingBanner(records: readonly MissingRecord[]): string;
export declare function filesNeeding(located: Located, files: readonly string[], env?: Env): { exclude: string[]; missing: MissingEntry[] };
