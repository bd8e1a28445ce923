// The release path end to end: version a changeset in a scratch copy of the workspace, pack every
// package, and install only @factify/core and @factify/documents from those tarballs into a fresh
// npm app (no workspace) that typechecks, builds and runs against the emulator.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { serve } from "@factify/mock-server/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addChangeset,
  changesetVersion,
  copyWorkspace,
  leftoverWorkspaceRanges,
  linkWorkspaceDependencies,
  packAll,
  packedManifest,
  versions,
} from "../src/release-rehearsal";
import { repoRoot } from "../src/workspace";

const scratch = mkdtempSync(join(tmpdir(), "factify-release-"));
const workspace = join(scratch, "workspace");
const app = join(scratch, "app");
let before: Map<string, string>;
let after: Map<string, string>;
let tarballs: Map<string, string>;

const bump = (version: string, kind: "patch" | "minor") => {
  const [major, minor, patch] = version.split(".").map(Number) as [number, number, number];
  return kind === "patch" ? `${major}.${minor}.${patch + 1}` : `${major}.${minor + 1}.0`;
};

beforeAll(() => {
  copyWorkspace(workspace);
  before = versions(workspace);
  addChangeset(workspace, "tarball-rehearsal", { "@factify/core": "patch", "@factify/documents": "minor" }, "Rehearsal release.");
  changesetVersion(workspace);
  after = versions(workspace);
  linkWorkspaceDependencies(workspace);
  tarballs = packAll(workspace, join(scratch, "tarballs"));
});

describe("changeset version", () => {
  it("moves each package independently by its own changeset", () => {
    expect(after.get("@factify/core")).toBe(bump(before.get("@factify/core")!, "patch"));
    expect(after.get("@factify/documents")).toBe(bump(before.get("@factify/documents")!, "minor"));
    // Untouched resource packages keep their version: a core patch stays inside their peer range.
    expect(after.get("@factify/policies")).toBe(before.get("@factify/policies"));
  });

  it("never turns a patch or minor changeset into a major bump of a dependent", () => {
    for (const [name, version] of after) {
      expect(version.split(".")[0], `${name} ${before.get(name)} -> ${version}`).toBe(before.get(name)!.split(".")[0]);
    }
  });

  it("consumes the changeset and writes changelogs", () => {
    expect(readdirSync(join(workspace, ".changeset"))).not.toContain("tarball-rehearsal.md");
    expect(existsSync(join(workspace, "packages", "core", "CHANGELOG.md"))).toBe(true);
  });
});

describe("pnpm pack after versioning", () => {
  it("leaves no workspace: range in any tarball", () => {
    expect([...tarballs.values()].flatMap((t) => leftoverWorkspaceRanges(packedManifest(t)))).toEqual([]);
  });

  it("points internal ranges at the new versions, with peers as ranges rather than pins", () => {
    const documents = packedManifest(tarballs.get("@factify/documents")!);
    expect(documents.version).toBe(after.get("@factify/documents"));
    const peer = documents.peerDependencies?.["@factify/core"];
    expect(peer).toMatch(/^[\^~>]/);
    expect(peer).toContain(after.get("@factify/core")!.split(".").slice(0, 2).join("."));
  });
});

describe("an npm app using only @factify/core and @factify/documents from the tarballs", () => {
  let emulator: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    emulator = await serve({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => emulator?.close());

  it("installs with npm, outside any workspace", () => {
    mkdirSync(app, { recursive: true });
    const manifest = {
      name: "tarball-app",
      private: true,
      type: "module",
      dependencies: {
        "@factify/core": `file:${tarballs.get("@factify/core")}`,
        "@factify/documents": `file:${tarballs.get("@factify/documents")}`,
      },
    };
    writeFileSync(join(app, "package.json"), JSON.stringify(manifest, null, 2));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], { cwd: app, stdio: "pipe" });
    expect(readdirSync(join(app, "node_modules", "@factify")).sort()).toEqual(["core", "documents"]);
  });

  it("typechecks and builds with node16 resolution against the packed types", () => {
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "node16",
          moduleResolution: "node16",
          target: "es2022",
          lib: ["es2022", "dom"],
          types: [],
          strict: true,
          outDir: "dist",
        },
        include: ["main.ts"],
      }),
    );
    writeFileSync(join(app, "main.ts"), APP_SOURCE);
    execFileSync(join(repoRoot, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.json"], { cwd: app, stdio: "pipe" });
    expect(existsSync(join(app, "dist", "main.js"))).toBe(true);
  });

  it("runs: uploads, lists across pages, reads back and catches a typed 404", async () => {
    // Asynchronous on purpose: the emulator answers from this process, so it must not be blocked.
    const { stdout } = await promisify(execFile)(process.execPath, ["dist/main.js", emulator.url, emulator.mock.tokens.owner!], {
      cwd: app,
      encoding: "utf8",
      timeout: 60_000,
    });
    const result = JSON.parse(stdout.trim().split("\n").pop()!) as Record<string, unknown>;
    expect(result).toMatchObject({ pages: expect.any(Number), found: true, title: "tarball app", notFound: true });
    expect(result.pages as number).toBeGreaterThanOrEqual(2);
  });

  it("loads the CommonJS build from the tarballs too", () => {
    const script = `const { createFactify } = require("@factify/core"); const { getDocument } = require("@factify/documents");
      console.log(typeof createFactify, typeof getDocument, require.resolve("@factify/documents"));`;
    const out = execFileSync(process.execPath, ["-e", script], { cwd: app, encoding: "utf8" }).trim();
    expect(out).toMatch(/^function function .*node_modules\/@factify\/documents\/dist\/index\.cjs$/);
  });
});

// The app under test: plain TypeScript against the packed packages, compiled by tsc, run by node.
const APP_SOURCE = `import { createFactify, isFactifyError, NotFoundError } from "@factify/core";
import { createDocument, getDocument, listDocuments } from "@factify/documents";

declare const process: { argv: string[] };
const [baseURL, token] = process.argv.slice(2);
const factify = createFactify({ bearerAuth: token!, serverURL: baseURL! });

const bytes = new TextEncoder().encode("%PDF-1.4\\n% tarball app\\n%%EOF\\n");
const { document } = await createDocument(factify, { payload: new Blob([bytes], { type: "application/pdf" }), title: "tarball app" });

let pages = 0;
let found = false;
for await (const page of listDocuments(factify, { page_size: 1 })) {
  pages += 1;
  found ||= page.items.some((d) => d.id === document.id);
}

const again = await getDocument(factify, { document_id: document.id });

let notFound = false;
try {
  await getDocument(factify, { document_id: "doc_00000000000000000000000000" });
} catch (e) {
  notFound = e instanceof NotFoundError && isFactifyError(e) && e.status === 404;
}

console.log(JSON.stringify({ pages, found, title: again.document.title, notFound }));
`;
