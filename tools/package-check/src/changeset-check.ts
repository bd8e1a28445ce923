// `pnpm --filter @factify-tools/package-check run changeset-check`: applies the changeset rule to
// the repository as it is and exits non-zero naming each package that needs a changeset.
import { packageStates, pendingChangesets } from "./changeset-git";
import { findMissingChangesets, unknownPackagesInChangesets } from "./changeset-rule";
import { publishedPackages } from "./workspace";

const packages = publishedPackages();
const pending = pendingChangesets();
const problems = [
  ...unknownPackagesInChangesets(pending, new Set(packages.map((p) => p.manifest.name))),
  ...findMissingChangesets(packageStates(packages), pending).map(
    (m) => `${m.name} changed since ${m.since} (${m.files.join(", ")}) but no pending changeset names it`,
  ),
];
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exitCode = 1;
} else {
  console.log(`changesets ok: ${packages.length} published package(s), ${pending.length} pending changeset(s)`);
}
