// Runs the two packaging linters on a packed tarball: publint in strict mode and arethetypeswrong.
import { readFileSync } from "node:fs";
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import { problemKindInfo } from "@arethetypeswrong/core/problems";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

/** Returns publint's messages for the tarball (warnings count as errors, like `publint --strict`), formatted. */
export async function publintProblems(tarball: string): Promise<string[]> {
  const bytes = readFileSync(tarball);
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ strict: true, pack: { tarball: data } });
  return messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
}

/**
 * Runs arethetypeswrong on the tarball: the engine of `attw --pack` (the CLI's own version), in
 * process so TypeScript loads once for every package. Every problem counts, as under the CLI's
 * default strict profile (node10, node16 from CJS and ESM, bundler). Returns one line per problem.
 */
export async function attwProblems(tarball: string): Promise<string[]> {
  const pkg = createPackageFromTarballData(new Uint8Array(readFileSync(tarball)));
  const result = await checkPackage(pkg);
  if (result.types === false) return [`${pkg.packageName}: ships no type declarations`];
  return result.problems.map((problem) => {
    const where = "entrypoint" in problem ? ` "${problem.entrypoint}" under ${problem.resolutionKind}` : "";
    return `${pkg.packageName}${where}: ${problem.kind}: ${problemKindInfo[problem.kind].description}`;
  });
}
