import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  clearMissing,
  filesNeeding,
  locateCommand,
  MISSING_RUNTIME,
  missingBanner,
  missingRuntimeFails,
  readMissing,
  recordsDir,
  requireRuntime,
  writeMissing,
} from "../index.mjs";
import { MissingRuntimesReporter } from "../reporter.mjs";

const absent = { ok: false, reason: "redis-server is not available", hint: "apt-get install -y redis-server" };
const present = { ok: true, path: "/usr/bin/redis-server", version: "v7" };
const skipper = () => ({
  skip: vi.fn((note) => {
    throw Object.assign(new Error("skipped"), { note });
  }),
});

describe("missingRuntimeFails", () => {
  it("is true for CI=true and CI=1 only", () => {
    expect(missingRuntimeFails({ CI: "true" })).toBe(true);
    expect(missingRuntimeFails({ CI: "1" })).toBe(true);
    expect(missingRuntimeFails({ CI: "false" })).toBe(false);
    expect(missingRuntimeFails({})).toBe(false);
  });
});

describe("requireRuntime", () => {
  it("returns the path of a present runtime without skipping", () => {
    const context = skipper();
    expect(requireRuntime(context, present, {})).toBe("/usr/bin/redis-server");
    expect(context.skip).not.toHaveBeenCalled();
  });

  it("skips outside CI with a marked note giving the reason and the install command", () => {
    const context = skipper();
    expect(() => requireRuntime(context, absent, {})).toThrow("skipped");
    const note = context.skip.mock.calls[0][0];
    expect(note.startsWith(MISSING_RUNTIME)).toBe(true);
    expect(note).toContain("redis-server is not available");
    expect(note).toContain("apt-get install -y redis-server");
  });

  it("fails under CI instead of skipping", () => {
    const context = skipper();
    expect(() => requireRuntime(context, absent, { CI: "true" })).toThrow(/apt-get install -y redis-server.*CI=true/);
    expect(context.skip).not.toHaveBeenCalled();
  });
});

describe("locateCommand", () => {
  it("finds a command that runs and reports one that is not on PATH", () => {
    expect(locateCommand(process.execPath, "hint").ok).toBe(true);
    const missing = locateCommand("factify-no-such-command", "install it somehow");
    expect(missing).toMatchObject({ ok: false, hint: "install it somehow" });
    expect(missing.reason).toContain("factify-no-such-command");
  });
});

describe("filesNeeding", () => {
  it("excludes and records the files only when the runtime is missing outside CI", () => {
    expect(filesNeeding(present, ["a.test.ts"], {})).toEqual({ exclude: [], missing: [] });
    expect(filesNeeding(absent, ["a.test.ts"], { CI: "1" })).toEqual({ exclude: [], missing: [] });
    const out = filesNeeding(absent, ["a.test.ts", "b.test.ts"], {});
    expect(out.exclude).toEqual(["a.test.ts", "b.test.ts"]);
    expect(out.missing.map((m) => m.test)).toEqual(["a.test.ts", "b.test.ts"]);
    expect(out.missing[0].note).toContain("apt-get install -y redis-server");
  });
});

describe("records", () => {
  const root = () => mkdtempSync(join(tmpdir(), "missing-runtimes-"));

  it("writes one file per project, reads them back and prints them in a banner", () => {
    const dir = root();
    writeMissing("@factify/rate-limit-redis", [{ test: "store.test.ts", note: "redis-server missing" }], dir);
    writeMissing("fleet-pacing", [{ test: "examples/fleet-pacing", note: "redis-server missing" }], dir);
    expect(readdirSync(recordsDir(dir)).sort()).toEqual(["_factify_rate-limit-redis.json", "fleet-pacing.json"]);
    const banner = missingBanner(readMissing(dir));
    expect(banner).toContain("SKIPPED: 2 test(s) or test file(s)");
    expect(banner).toContain("@factify/rate-limit-redis: store.test.ts");
    expect(banner).toContain("fleet-pacing: examples/fleet-pacing");
    expect(banner.match(/redis-server missing/g)).toHaveLength(1);
  });

  it("removes a project's record when a later run misses nothing, so no banner is left behind", () => {
    const dir = root();
    writeMissing("p", [{ test: "t", note: "n" }], dir);
    writeMissing("p", [], dir);
    expect(readMissing(dir)).toEqual([]);
    expect(missingBanner(readMissing(dir))).toBe("");
  });

  it("clearMissing forgets the records of earlier runs", () => {
    const dir = root();
    writeMissing("p", [{ test: "t", note: "n" }], dir);
    clearMissing(dir);
    expect(readMissing(dir)).toEqual([]);
    clearMissing(dir);
  });

  it("ignores empty records", () => {
    const dir = root();
    writeMissing("p", [{ test: "t", note: "n" }], dir);
    writeFileSync(join(recordsDir(dir), "q.json"), JSON.stringify({ project: "q", missing: [] }));
    expect(readMissing(dir).map((r) => r.project)).toEqual(["p"]);
  });
});

describe("MissingRuntimesReporter", () => {
  const moduleWith = (tests) => ({ children: { allTests: () => tests.map((t) => ({ fullName: t.name, result: () => t.result })) } });

  it("records marked skips and the files left out, not other skips", () => {
    const dir = mkdtempSync(join(tmpdir(), "missing-runtimes-"));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const reporter = new MissingRuntimesReporter("pkg", [{ test: "fleet.test.ts", note: "no redis" }], dir);
    reporter.onTestRunEnd([
      moduleWith([
        { name: "msw 3 works", result: { state: "skipped", note: `${MISSING_RUNTIME} Node 22 missing` } },
        { name: "a todo", result: { state: "skipped", note: "later" } },
      ]),
    ]);
    const record = JSON.parse(readFileSync(join(recordsDir(dir), "pkg.json"), "utf8"));
    expect(record.missing).toEqual([
      { test: "fleet.test.ts", note: "no redis" },
      { test: "msw 3 works", note: "Node 22 missing" },
    ]);
    expect(log.mock.calls[0][0]).toContain("SKIPPED: 2 test(s) or test file(s)");
    log.mockRestore();
  });
});
