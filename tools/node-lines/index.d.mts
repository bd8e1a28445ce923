/** The Node release lines the SDK is tested on, oldest first. */
export declare const NODE_LINES: readonly [20, 22, 24];

/** A Node release line the SDK is tested on. */
export type NodeLine = (typeof NODE_LINES)[number];

/** Where a runtime is, or why it cannot be had here and how to get it. */
export type Located = { ok: true; path: string; version: string } | { ok: false; reason: string; hint: string };

/** Locates the Node binary of `line`: the npm package's build, or the running Node for its own line. */
export declare function findNode(line: NodeLine): Located;

/** Whether a missing runtime must fail rather than be skipped (CI=true). */
export declare function missingRuntimeFails(env?: Record<string, string | undefined>): boolean;
