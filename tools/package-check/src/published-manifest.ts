// What a published manifest tells the people and tools that read it on the registry: where the code
// lives (repository with its directory), where to read about it and report problems, what to search
// it by, which Node lines it runs on, and nothing that points at this workspace's private packages.
// Checked on the manifest inside the packed tarball, the one users get, not on the source package.json.
import type { Manifest } from "./workspace";

/** The repository every package is published from, as package.json's `repository.url` spells it. */
export const REPOSITORY_URL = "git+https://github.com/factify/factify-typescript.git";
/** The same repository as a web address. */
export const REPOSITORY_WEB = "https://github.com/factify/factify-typescript";

/** Where the package sits in the repository and which workspace packages are private. */
export interface PublishContext {
  /** Folder of the package in the repository, e.g. `packages/core`. */
  relDir: string;
  /** Names of the workspace's private packages. */
  privateNames: ReadonlySet<string>;
  /** The Node range every published package declares: the root package.json's `engines.node`. */
  nodeRange: string;
}

const depFields = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The fields a package's package.json should carry, as JSON to paste, for the error messages. */
export function expectedFields(relDir: string, nodeRange: string): Record<string, unknown> {
  return {
    repository: { type: "git", url: REPOSITORY_URL, directory: relDir },
    homepage: `${REPOSITORY_WEB}/tree/main/${relDir}#readme`,
    bugs: { url: `${REPOSITORY_WEB}/issues` },
    keywords: ["factify", "…"],
    engines: { node: nodeRange },
  };
}

/** Returns every rule the packed `manifest` breaks, one sentence each; empty when it complies. */
export function publishedManifestProblems(manifest: Manifest, context: PublishContext): string[] {
  const where = manifest.name ?? "(unnamed package)";
  const want = expectedFields(context.relDir, context.nodeRange);
  const problems: string[] = [];
  const fix = (field: keyof typeof want) => `; write "${field}": ${JSON.stringify(want[field])}`;

  const repository = manifest.repository;
  if (!isObject(repository)) problems.push(`${where}: "repository" must be an object with type, url and directory${fix("repository")}`);
  else {
    if (repository.type !== "git") problems.push(`${where}: "repository.type" must be "git"`);
    if (repository.url !== REPOSITORY_URL) problems.push(`${where}: "repository.url" must be ${REPOSITORY_URL}`);
    if (repository.directory !== context.relDir) problems.push(`${where}: "repository.directory" must be "${context.relDir}"`);
  }
  if (manifest.homepage !== want.homepage) problems.push(`${where}: "homepage" must be the package's README${fix("homepage")}`);
  const bugs = isObject(manifest.bugs) ? manifest.bugs.url : manifest.bugs;
  if (bugs !== `${REPOSITORY_WEB}/issues`) problems.push(`${where}: "bugs" must point at the issue tracker${fix("bugs")}`);
  const keywords = manifest.keywords;
  if (!Array.isArray(keywords) || !keywords.every((k) => typeof k === "string" && k.length > 0) || !keywords.includes("factify")) {
    problems.push(`${where}: "keywords" must be a list of words that includes "factify"`);
  }
  if (manifest.engines?.node !== context.nodeRange) problems.push(`${where}: "engines.node" must be "${context.nodeRange}"${fix("engines")}`);

  for (const field of depFields) {
    for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
      if (context.privateNames.has(dep)) problems.push(`${where}: ${field}.${dep} names a private workspace package, which is on no registry`);
      else if (range.startsWith("workspace:")) problems.push(`${where}: ${field}.${dep} is still "${range}"; pack with pnpm`);
    }
  }
  const dev = Object.keys(manifest.devDependencies ?? {});
  if (dev.length > 0) {
    problems.push(`${where}: the packed manifest still lists devDependencies (${dev.join(", ")}); .pnpmfile.cjs removes them when packing`);
  }
  return problems;
}
