// The changeset rule, as pure functions so it can be tested on made-up inputs:
// a published package whose release-relevant files changed since its last release needs a pending
// changeset naming it. A package with no release yet is exempt: its first publish ships the version
// already in its package.json.

/** A bump a changeset may ask for. */
export type Bump = "major" | "minor" | "patch" | "none";

/** A pending `.changeset/*.md` file: which packages it moves and how. */
export interface PendingChangeset {
  file: string;
  releases: Map<string, Bump>;
}

/** What the rule knows about one published package. */
export interface PackageState {
  name: string;
  /** Folder relative to the repo root, e.g. `packages/documents`. */
  relDir: string;
  /** Ref of the last release (tag or commit), or undefined when the package was never released. */
  lastRelease: string | undefined;
  /** Files (repo-relative) that differ from the last release; empty when never released. */
  changedFiles: readonly string[];
}

/** The verdict for one package that breaks the rule. */
export interface MissingChangeset {
  name: string;
  since: string;
  files: string[];
}

// Files that never reach the tarball or change nothing a user sees: tests, test config, changelogs.
const irrelevant = [
  /(^|\/)test\//,
  /(^|\/)__tests__\//,
  /\.test\.[cm]?[jt]sx?$/,
  /\.test-d\.ts$/,
  /\.bench\.[cm]?[jt]s$/,
  /(^|\/)vitest\.config\.[cm]?[jt]s$/,
  /(^|\/)tsconfig(\.[\w-]+)?\.json$/,
  /(^|\/)CHANGELOG\.md$/,
  /(^|\/)\.gitignore$/,
];

/** True when a changed file can alter what users of `relDir`'s package get (source, build config, manifest, README). */
export function isReleaseRelevant(file: string, relDir: string): boolean {
  const prefix = `${relDir.replace(/\/$/, "")}/`;
  if (!file.startsWith(prefix)) return false;
  const inside = file.slice(prefix.length);
  return !irrelevant.some((pattern) => pattern.test(inside));
}

/** Parses the YAML front matter of a changeset (`"@scope/name": minor` lines); throws on a malformed line. */
export function parseChangeset(file: string, text: string): PendingChangeset {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text.trimStart());
  if (!match) throw new Error(`${file}: no front matter (--- ... ---) naming the packages`);
  const releases = new Map<string, Bump>();
  for (const raw of match[1]!.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const entry = /^(["']?)([^"':\s]+(?:\/[^"':\s]+)?)\1\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
    if (!entry) throw new Error(`${file}: cannot read "${line}"; expected "<package>": major|minor|patch|none`);
    releases.set(entry[2]!, entry[3] as Bump);
  }
  return { file, releases };
}

/**
 * Applies the rule: returns each released package with release-relevant changes and no pending
 * changeset that bumps it (a `none` bump does not count as a release but does acknowledge the change).
 */
export function findMissingChangesets(
  packages: readonly PackageState[],
  pending: readonly PendingChangeset[],
): MissingChangeset[] {
  const named = new Set(pending.flatMap((c) => [...c.releases.keys()]));
  const missing: MissingChangeset[] = [];
  for (const pkg of packages) {
    if (pkg.lastRelease === undefined) continue;
    const files = pkg.changedFiles.filter((f) => isReleaseRelevant(f, pkg.relDir));
    if (files.length > 0 && !named.has(pkg.name)) missing.push({ name: pkg.name, since: pkg.lastRelease, files });
  }
  return missing;
}

/** Returns changesets that name a package that is not published from this workspace (changesets would refuse them). */
export function unknownPackagesInChangesets(
  pending: readonly PendingChangeset[],
  publishedNames: ReadonlySet<string>,
): string[] {
  return pending.flatMap((c) =>
    [...c.releases.keys()].filter((n) => !publishedNames.has(n)).map((n) => `${c.file}: "${n}" is not a published package`),
  );
}
