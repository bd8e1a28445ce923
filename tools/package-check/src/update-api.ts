// `pnpm --filter @factify-tools/package-check run update-api`: rewrites every API snapshot from the
// current builds and removes snapshots of entries that no longer exist.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { currentSnapshots } from "./api-snapshot";
import { publishedPackages, toolRoot } from "./workspace";

const dir = join(toolRoot, "api");
mkdirSync(dir, { recursive: true });
const written = new Set<string>();
for (const pkg of publishedPackages()) {
  for (const snap of currentSnapshots(pkg)) {
    writeFileSync(join(dir, snap.file), snap.current);
    written.add(snap.file);
  }
}
for (const file of readdirSync(dir)) {
  if (file.endsWith(".api.d.ts") && !written.has(file)) rmSync(join(dir, file));
}
console.log(`wrote ${written.size} API snapshot(s) to ${dir}`);
