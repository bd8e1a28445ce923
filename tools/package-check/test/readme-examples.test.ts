// The TypeScript examples of every README compile against the built packages, as a user's project
// with the strictest settings would compile them: `strict`, `exactOptionalPropertyTypes` (optional
// fields must take an explicit `undefined`) and node16 resolution through a node_modules folder.
// The examples are extracted from the READMEs on every run, so a README cannot drift from the types.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishedPackages, repoRoot } from "../src/workspace";

/**
 * Values the examples leave to the reader (`{ document_id }`, `handle(page.items)`), with the type
 * the example expects. Anything else an example uses must be imported or declared in the README.
 */
const PLACEHOLDERS: Record<string, string> = {
  document_id: "string",
  version_id: "string",
  organization_id: "string",
  user_id: "string",
  api_key_id: "string",
  access_request_id: "string",
  bearerAuth: "string",
  userAccessToken: "string",
  inviteId: "string",
  orgId: "string",
  pdfBytes: "Uint8Array<ArrayBuffer>",
  fileInput: "{ files: FileList }",
  response: "Response",
  handle: "(value: unknown) => void",
  render: "(value: unknown) => void",
  report: "(value: unknown) => void",
  currentTrace: "() => string",
  metrics: "{ record(operation: string | undefined, status: number): void }",
  // The app under test in the emulator's testing examples.
  fileContract: "(client: unknown, title: string, bytes: Uint8Array) => Promise<string>",
  shareWithReviewer: "(client: unknown, id: string, email: string) => Promise<void>",
  contractTitle: "(client: unknown, id: string) => Promise<string>",
  createContractsApp: "(token: string) => { upload(title: string, bytes: Uint8Array): Promise<void>; titles(): Promise<string[]> }",
  // vitest's globals, which test files use without importing them.
  expect: 'typeof import("vitest").expect',
  beforeAll: 'typeof import("vitest").beforeAll',
  afterAll: 'typeof import("vitest").afterAll',
};

/**
 * Packages the examples import besides the published ones (the test runner and msw, in the emulator's
 * README; the two Redis clients, in rate-limit-redis's).
 */
const TOOLS: Record<string, string> = {
  vitest: join(repoRoot, "node_modules", "vitest"),
  msw: join(repoRoot, "packages", "mock-server", "node_modules", "msw"),
  ioredis: join(repoRoot, "packages", "rate-limit-redis", "node_modules", "ioredis"),
  redis: join(repoRoot, "packages", "rate-limit-redis", "node_modules", "redis"),
};

const NAMED_IMPORT = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+(["'][^"']+["']);?\s*$/;
const DESTRUCTURED = /^(?:const|let|var)\s+\{([^}]*)\}/gm;
const DECLARED = /^(?:export\s+)?(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/gm;

/**
 * One module from the ```ts blocks of a README, in order. Imports of every block are merged at the
 * top (one line per module, each name once). The body of a block that imports (a setup block) stays
 * at top level, where later blocks see it, unless it declares a name an earlier setup block did; the
 * body of any other block gets a scope of its own, since separate examples may reuse a name.
 */
export function examplesModule(markdown: string): string | undefined {
  const blocks = [...markdown.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
  if (blocks.length === 0) return undefined;
  const named = new Map<string, Set<string>>();
  const other: string[] = [];
  const topLevel = new Set<string>();
  const bodies: string[] = [];
  for (const block of blocks) {
    // Multi-line imports are joined first so each import is one line.
    const lines = block.replace(/^import[^;]*?\{[^}]*\}[^;]*;/gms, (m) => m.replace(/\s*\n\s*/g, " ")).split("\n");
    const own = lines.filter((l) => /^import\s/.test(l));
    for (const line of own) {
      const m = NAMED_IMPORT.exec(line);
      if (!m) {
        if (!other.includes(line)) other.push(line);
        continue;
      }
      const names = named.get(m[3]!) ?? new Set<string>();
      for (const spec of m[2]!.split(",").map((x) => x.trim()).filter(Boolean)) names.add(m[1] && !spec.startsWith("type ") ? `type ${spec}` : spec);
      named.set(m[3]!, names);
    }
    const body = lines.filter((l) => !/^import\s/.test(l)).join("\n");
    const declared = [
      ...[...body.matchAll(DECLARED)].map((m) => m[1]!),
      // `const { a, b: c } = ...` declares a and c.
      ...[...body.matchAll(DESTRUCTURED)].flatMap((m) => m[1]!.split(",").map((part) => part.split(":").pop()!.trim())),
    ].filter(Boolean);
    if (own.length > 0 && !declared.some((name) => topLevel.has(name))) {
      for (const name of declared) topLevel.add(name);
      bodies.push(body);
    } else bodies.push(`{\n${body}\n}`);
  }
  const imports = [...[...named].map(([module, names]) => `import { ${[...names].join(", ")} } from ${module};`), ...other];
  return `${imports.join("\n")}\n\n${bodies.join("\n\n")}\nexport {};\n`;
}

/** A scratch project whose node_modules links every published package, with the strict settings. */
function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "readme-examples-"));
  mkdirSync(join(dir, "node_modules", "@factify"), { recursive: true });
  mkdirSync(join(dir, "node_modules", "@types"), { recursive: true });
  for (const pkg of publishedPackages()) symlinkSync(pkg.dir, join(dir, "node_modules", ...pkg.manifest.name.split("/")), "dir");
  symlinkSync(join(repoRoot, "node_modules", "@types", "node"), join(dir, "node_modules", "@types", "node"), "dir");
  for (const [name, target] of Object.entries(TOOLS)) symlinkSync(realpathSync(target), join(dir, "node_modules", name), "dir");
  writeFileSync(join(dir, "package.json"), '{ "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, "placeholders.d.ts"),
    `${Object.entries(PLACEHOLDERS)
      .map(([name, type]) => `declare const ${name}: ${type};`)
      .join("\n")}\n`,
  );
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        target: "es2022",
        lib: ["es2022", "dom", "dom.iterable"],
        module: "node16",
        moduleResolution: "node16",
        types: ["node"],
        skipLibCheck: true,
      },
      include: ["*.mts", "*.d.ts"],
    }),
  );
  return dir;
}

/** Type errors of the project at `dir`, one line each, or an empty list. */
function compile(dir: string): string[] {
  try {
    execFileSync(join(repoRoot, "node_modules", ".bin", "tsc"), ["-p", dir, "--pretty", "false"], { encoding: "utf8", stdio: "pipe" });
    return [];
  } catch (error) {
    const out = `${(error as { stdout?: string }).stdout ?? ""}${(error as { stderr?: string }).stderr ?? ""}`;
    return out.split("\n").filter((line) => line.includes("error TS"));
  }
}

const readmes = [join(repoRoot, "README.md"), ...publishedPackages().map((p) => join(p.dir, "README.md"))];

describe("README examples", () => {
  it("merges imports, keeps setup blocks at top level and scopes the others", () => {
    const module = examplesModule(
      "# x\n```ts\nimport { a } from \"m\";\nconst c = a();\n```\ntext\n```ts\nconst r = c;\n```\n```ts\nimport {\n  a,\n  b,\n} from \"m\";\nconst r = b;\n```\n```ts\nimport { d } from \"n\";\nconst c = d;\n```\n",
    )!;
    expect(module).toBe(
      'import { a, b } from "m";\nimport { d } from "n";\n\nconst c = a();\n\n\n{\nconst r = c;\n\n}\n\nconst r = b;\n\n\n{\nconst c = d;\n\n}\nexport {};\n',
    );
    expect(examplesModule("no code here")).toBeUndefined();
  });

  it("compile against the built packages under exactOptionalPropertyTypes, and a broken example fails", () => {
    const dir = scratchProject();
    let count = 0;
    for (const file of readmes) {
      const module = examplesModule(readFileSync(file, "utf8"));
      if (!module) continue;
      const name = file.slice(repoRoot.length + 1).replace(/\W+/g, "-");
      writeFileSync(join(dir, `${name}.mts`), module);
      count++;
    }
    // The check can fail: an example passing a field the type forbids is reported.
    writeFileSync(
      join(dir, "zz-canary.mts"),
      'import { createFactify } from "@factify/core";\nimport { listDocuments } from "@factify/documents";\nawait listDocuments(createFactify({}), { page_size: "ten" });\n',
    );
    const errors = compile(dir);
    expect(count).toBeGreaterThanOrEqual(13);
    const canary = errors.filter((line) => line.includes("zz-canary.mts"));
    expect(canary.length, "the canary example must fail to compile").toBeGreaterThan(0);
    expect(errors.filter((line) => !line.includes("zz-canary.mts")).map((line) => line.replace(/^.*readme-examples-\w+\//, ""))).toEqual([]);
  });
});
