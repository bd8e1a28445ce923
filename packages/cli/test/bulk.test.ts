// Bulk jobs: uploads N at a time with duplicate skipping, and backups that resume, survive Ctrl-C
// without leaving a partial file under a final name, and report partial failure with exit code 3.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { samplePdf } from "@factify/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseEnv, freshHome, runCli, startCli } from "./support/run-cli";
import { removeTempDirs, tempDir } from "./support/temp";
import { startWorld, type World } from "./support/world";

let world: World;
let home: string;

function env(role: "owner" | "outsider") {
  return baseEnv(home, { FACTIFY_API_KEY: world.mock.tokens[role], FACTIFY_SERVER_URL: world.url });
}
function dir(name: string): string {
  const d = tempDir(name);
  return d;
}
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  world = await startWorld();
  home = freshHome();
});
afterAll(async () => {
  removeTempDirs();
  await world?.close();
});

describe("documents upload", () => {
  it("uploads a glob N at a time and skips duplicates by content hash", async () => {
    const src = dir("upload");
    for (let i = 1; i <= 6; i++) writeFileSync(join(src, `contract-${i}.pdf`), samplePdf(`Contract ${i}`));
    // Same bytes as the seeded Q4 report, and a copy of contract 1 under another name.
    writeFileSync(join(src, "old-report.pdf"), samplePdf("Q4 Financial Report"));
    writeFileSync(join(src, "contract-1-copy.pdf"), samplePdf("Contract 1"));
    const before = world.requests.length;
    // Slow uploads, so that they overlap however fast the machine is.
    world.mock.faults.inject({ kind: "latency", ms: 800, method: "POST", path: "/v1beta/documents", times: 6 });
    const r = await runCli(["documents", "upload", "*.pdf", "--concurrency", "3", "--skip-duplicates", "--json"], { env: env("owner"), cwd: src });
    world.mock.faults.clear();
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ done: 6, skipped: 2, failed: 0, interrupted: false });
    const skipped = out.results.filter((x: { status: string }) => x.status === "skipped");
    // Of two files with the same bytes, whichever is taken second is skipped as a copy of the first.
    const pair = skipped.find((x: { file: string }) => x.file.startsWith("contract-1"));
    expect(pair.reason).toMatch(/^same content as contract-1(-copy)?\.pdf$/);
    expect(skipped.find((x: { file: string }) => x.file === "old-report.pdf").document_id).toBe(world.mock.demo.documents.report);
    // The duplicates operation was asked; uploads overlapped but never beyond --concurrency.
    expect(world.requests.slice(before).some((q) => q.path.includes("/duplicates?file_contents_hash="))).toBe(true);
    expect(world.maxUploadsInFlight).toBe(3);
    // One plain line per file on stderr (not a terminal).
    expect(r.stderr.trim().split("\n")).toHaveLength(8);
    expect(r.stderr).toMatch(/^\[\d\/8\] uploaded contract-\d\.pdf → doc_/m);
    expect(r.stderr).toMatch(/^\[\d\/8\] skipped old-report\.pdf: duplicate of doc_/m);
  });

  it("exits 3 when some files fail, and names them", async () => {
    const src = dir("upload-bad");
    writeFileSync(join(src, "good.pdf"), samplePdf("Good"));
    writeFileSync(join(src, "bad.pdf"), new Uint8Array([0, 1, 2, 3, 4, 5]));
    const r = await runCli(["documents", "upload", join(src, "good.pdf"), join(src, "bad.pdf")], { env: env("owner") });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^Uploaded 1, skipped 0, failed 1/);
    expect(r.stderr).toMatch(/failed .*bad\.pdf: invalid_argument: .*\(request id req_/);
  });

  it("Ctrl-C aborts uploads in flight; exit 130 and the summary says what was done", async () => {
    const src = dir("upload-interrupt");
    for (let i = 1; i <= 4; i++) writeFileSync(join(src, `slow-${i}.pdf`), samplePdf(`Slow ${i}`));
    world.mock.faults.inject({ kind: "latency", ms: 5_000, method: "POST", path: "/v1beta/documents", times: 10 });
    const before = world.requests.length;
    const run = startCli(["documents", "upload", "*.pdf", "--concurrency", "2", "--json"], { env: env("owner"), cwd: src });
    while (world.requests.slice(before).filter((q) => q.method === "POST").length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    run.child.kill("SIGINT");
    const r = await run.done;
    world.mock.faults.clear();
    expect(r.code).toBe(130);
    expect(JSON.parse(r.stdout)).toMatchObject({ done: 0, failed: 2, notStarted: 2, interrupted: true });
    expect(r.stderr).toMatch(/failed slow-\d\.pdf: interrupted/);
  });

  it("stops starting uploads once the key is refused, instead of failing every file alike", async () => {
    const src = dir("upload-401");
    for (let i = 1; i <= 5; i++) writeFileSync(join(src, `f-${i}.pdf`), samplePdf(`F ${i}`));
    const r = await runCli(["documents", "upload", "*.pdf", "--concurrency", "1", "--json"], {
      env: baseEnv(home, { FACTIFY_API_KEY: "ffy_test_revoked", FACTIFY_SERVER_URL: world.url }),
      cwd: src,
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ done: 0, failed: 1, notStarted: 4, interrupted: false });
    expect(r.stderr).toMatch(/failed f-1\.pdf: unauthenticated: /);
  });

  it("refuses a pattern that matches nothing before uploading anything", async () => {
    const before = world.requests.length;
    const r = await runCli(["documents", "upload", "nothing-here/*.pdf"], { env: env("owner"), cwd: dir("empty") });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no file matches nothing-here/*.pdf");
    expect(world.requests.length).toBe(before);
  });
});

describe("documents backup", () => {
  let seeded = false;
  async function outsiderDocuments(): Promise<string[]> {
    if (!seeded) {
      const src = dir("outsider");
      for (let i = 1; i <= 5; i++) writeFileSync(join(src, `globex-${i}.pdf`), samplePdf(`Globex memo ${i}`));
      const up = await runCli(["documents", "upload", "*.pdf"], { env: env("outsider"), cwd: src });
      expect(up.code).toBe(0);
      seeded = true;
    }
    const list = await runCli(["documents", "list", "--json"], { env: env("outsider") });
    return JSON.parse(list.stdout).map((d: { id: string }) => d.id);
  }
  function manifestOf(target: string) {
    return JSON.parse(readFileSync(join(target, "factify-backup.json"), "utf8")) as {
      documents: Record<string, { file: string; size: number; sha256: string }>;
    };
  }
  function expectOnlyCompleteFiles(target: string) {
    const manifest = manifestOf(target);
    for (const name of readdirSync(target)) {
      expect(name).not.toMatch(/partial|\.tmp$/);
      if (name === "factify-backup.json") continue;
      const id = name.replace(/\.pdf$/, "");
      const entry = manifest.documents[id];
      expect(entry, `${name} is in the manifest`).toBeDefined();
      const bytes = readFileSync(join(target, name));
      expect(bytes.length).toBe(entry!.size);
      expect(sha256(bytes)).toBe(entry!.sha256);
      expect(bytes.subarray(bytes.length - 6).toString()).toContain("%%EOF");
    }
  }

  it("saves every document, and a rerun downloads only what is missing or damaged", async () => {
    const ids = await outsiderDocuments();
    expect(ids.length).toBeGreaterThanOrEqual(6);
    const target = join(dir("backup"), "out");
    const first = world.downloads.length;
    const r1 = await runCli(["documents", "backup", target, "--json"], { env: env("outsider") });
    expect(r1.code).toBe(0);
    expect(JSON.parse(r1.stdout)).toMatchObject({ done: ids.length, skipped: 0, failed: 0 });
    expect(world.downloads.length - first).toBe(ids.length);
    expect(world.downloads.slice(first).every((d) => d.authorization === undefined)).toBe(true);
    expectOnlyCompleteFiles(target);

    // Lose one file, damage another (same name, wrong size): only those two are fetched again.
    rmSync(join(target, `${ids[0]}.pdf`));
    writeFileSync(join(target, `${ids[1]}.pdf`), "truncated");
    const second = world.downloads.length;
    const exportsBefore = world.requests.filter((q) => q.path.endsWith("/export")).length;
    const r2 = await runCli(["documents", "backup", target, "--json"], { env: env("outsider") });
    expect(r2.code).toBe(0);
    expect(JSON.parse(r2.stdout)).toMatchObject({ done: 2, skipped: ids.length - 2, failed: 0 });
    expect(world.downloads.length - second).toBe(2);
    expect(world.requests.filter((q) => q.path.endsWith("/export")).length - exportsBefore).toBe(2);
    expectOnlyCompleteFiles(target);
  });

  it("Ctrl-C stops in-flight downloads, leaves no partial file, and the next run finishes the job", async () => {
    const ids = await outsiderDocuments();
    const target = join(dir("interrupt"), "out");
    world.hold = true;
    const held = world.nextHeld();
    const run = startCli(["documents", "backup", target, "--concurrency", "2"], { env: env("outsider") });
    await held;
    run.child.kill("SIGINT");
    const r = await run.done;
    world.release();
    expect(r.code).toBe(130);
    expect(r.stdout).toMatch(/^Interrupted\. Downloaded 0, up to date 0, failed \d, not started \d+/);
    // Nothing under a final name, no temporary file left behind.
    const left = readdirSync(target).filter((n) => n !== "factify-backup.json");
    expect(left).toEqual([]);

    const before = world.downloads.length;
    const again = await runCli(["documents", "backup", target, "--json"], { env: env("outsider") });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).done).toBe(ids.length);
    expect(world.downloads.length - before).toBe(ids.length);
    expectOnlyCompleteFiles(target);
  });

  it("files saved by an earlier run survive a Ctrl-C of the next one", async () => {
    const ids = await outsiderDocuments();
    const target = join(dir("interrupt-late"), "out");
    mkdirSync(target, { recursive: true });
    // A complete first run; then all but one file are lost and the rerun is interrupted.
    const r0 = await runCli(["documents", "backup", target, "--json"], { env: env("outsider") });
    expect(r0.code).toBe(0);
    for (const id of ids.slice(1)) rmSync(join(target, `${id}.pdf`));
    world.hold = true;
    const held = world.nextHeld();
    const run = startCli(["documents", "backup", target, "--concurrency", "1"], { env: env("outsider") });
    await held;
    run.child.kill("SIGINT");
    expect((await run.done).code).toBe(130);
    world.release();
    expect(readdirSync(target).sort()).toEqual([`${ids[0]}.pdf`, "factify-backup.json"]);
    expect(statSync(join(target, `${ids[0]}.pdf`)).size).toBe(manifestOf(target).documents[ids[0]!]!.size);
  });

  it("a download cut off mid-way is fetched again, and only complete files are kept", async () => {
    const ids = await outsiderDocuments();
    const target = join(dir("cut"), "out");
    world.hold = true;
    const held = world.nextHeld();
    const exportsBefore = world.requests.filter((q) => q.path.endsWith("/export")).length;
    const downloadsBefore = world.downloads.length;
    const run = startCli(["documents", "backup", target, "--concurrency", "1", "--json"], { env: env("outsider") });
    await held;
    await new Promise((resolve) => setTimeout(resolve, 150));
    world.release(); // cuts the connection half-way through the body
    const r = await run.done;
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ done: ids.length, failed: 0 });
    expect(world.downloads.length - downloadsBefore).toBe(ids.length + 1);
    // A cut before the client saw the headers is retried by ofetch on the same URL; a cut in the body
    // by the CLI with a fresh export. Which one happened depends on socket timing.
    const exports = world.requests.filter((q) => q.path.endsWith("/export")).length - exportsBefore;
    expect([ids.length, ids.length + 1]).toContain(exports);
    expectOnlyCompleteFiles(target);
  });

  it("a 503 from the storage host is retried by ofetch on the same URL", async () => {
    const ids = await outsiderDocuments();
    const target = join(dir("retry"), "out");
    world.failDownloads = 2;
    const downloadsBefore = world.downloads.length;
    const exportsBefore = world.requests.filter((q) => q.path.endsWith("/export")).length;
    const r = await runCli(["documents", "backup", target, "--concurrency", "1", "--json"], { env: env("outsider") });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ done: ids.length, failed: 0 });
    expect(world.downloads.length - downloadsBefore).toBe(ids.length + 2);
    expect(world.requests.filter((q) => q.path.endsWith("/export")).length - exportsBefore).toBe(ids.length);
    expectOnlyCompleteFiles(target);
  });

  it("exits 3 when some documents cannot be exported, after saving the rest", async () => {
    // The owner sees the admin's pricing sheet but may not export it.
    const target = join(dir("partial"), "out");
    const r = await runCli(["documents", "backup", target], { env: env("owner") });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/failed doc_\w+: permission_denied: .*\(request id req_\w+\)/);
    expect(r.stdout).toMatch(/^Downloaded \d+, up to date 0, failed 1/);
  });
});
