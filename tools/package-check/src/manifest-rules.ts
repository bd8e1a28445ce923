// Packaging rules publint and attw do not enforce but this project does (docs/architecture.md, on
// packages and their surface): explicit exports, no wildcard, no side effects, dual ESM/CJS with types.
import type { Manifest } from "./workspace";

type Conditions = Record<string, unknown>;

function isObject(value: unknown): value is Conditions {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Returns every rule `manifest` breaks, one readable sentence each; empty when it complies. */
export function manifestProblems(manifest: Manifest): string[] {
  const problems: string[] = [];
  const where = manifest.name ?? "(unnamed package)";
  if (manifest.type !== "module") problems.push(`${where}: "type" must be "module"`);
  if (manifest.sideEffects !== false) problems.push(`${where}: "sideEffects" must be false`);
  if (!Array.isArray(manifest.files) || !manifest.files.includes("dist")) {
    problems.push(`${where}: "files" must list "dist" so only built output is published`);
  }
  if (!isObject(manifest.exports)) {
    problems.push(`${where}: "exports" must be an object map of subpaths`);
    return problems;
  }
  if (!("." in manifest.exports)) problems.push(`${where}: "exports" has no "." entry`);
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    if (!subpath.startsWith(".")) {
      problems.push(`${where}: "exports" key "${subpath}" is a condition, not a subpath; nest conditions under "."`);
      continue;
    }
    if (subpath.includes("*")) problems.push(`${where}: "exports" key "${subpath}" is a wildcard; list each entry`);
    if (subpath === "./package.json") continue;
    problems.push(...entryProblems(where, subpath, target));
  }
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"] as const) {
    for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
      if (range === "*" || range === "latest") problems.push(`${where}: ${field}.${dep} is "${range}"; give a range`);
    }
  }
  return problems;
}

function entryProblems(where: string, subpath: string, target: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(target)) return [`${where}: "exports["${subpath}"]" must give "import" and "require" conditions`];
  for (const condition of ["import", "require"] as const) {
    const branch = target[condition];
    if (!isObject(branch)) {
      problems.push(`${where}: "exports["${subpath}"].${condition}" must be { types, default }`);
      continue;
    }
    const keys = Object.keys(branch);
    if (keys[0] !== "types") problems.push(`${where}: "exports["${subpath}"].${condition}.types" must come first`);
    for (const [key, file] of Object.entries(branch)) {
      if (typeof file !== "string") problems.push(`${where}: "exports["${subpath}"].${condition}.${key}" must be a path`);
      else if (file.includes("*")) problems.push(`${where}: "exports["${subpath}"].${condition}.${key}" is a wildcard`);
      else if (!file.startsWith("./dist/")) {
        problems.push(`${where}: "exports["${subpath}"].${condition}.${key}" points outside ./dist/`);
      }
    }
    const types = branch.types;
    const wanted = condition === "import" ? /\.d\.(ts|mts)$/ : /\.d\.cts$/;
    if (typeof types === "string" && !wanted.test(types)) {
      problems.push(`${where}: "exports["${subpath}"].${condition}.types" should end in ${condition === "import" ? ".d.ts" : ".d.cts"}`);
    }
  }
  return problems;
}

/** Lists each subpath of the exports map (except ./package.json) with its ESM types file. */
export function typedEntries(manifest: Manifest): { subpath: string; types: string }[] {
  if (!isObject(manifest.exports)) return [];
  const out: { subpath: string; types: string }[] = [];
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    if (subpath === "./package.json" || !isObject(target)) continue;
    const branch = target.import;
    const types = isObject(branch) ? branch.types : target.types;
    if (typeof types === "string") out.push({ subpath, types });
  }
  return out;
}
