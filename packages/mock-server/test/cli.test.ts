// The factify-mock command, run from its build: banner, version, usage mistakes, runtime failures
// (one line, file untouched) and persistence that never shows a half-written file.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createFactify } from "@factify/core";
import { listDocuments } from "@factify/documents";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "../src/index";

const CLI = resolve(import.meta.dirname, "../dist/cli.js");
const PACKAGE_VERSION = JSON.parse(readFileSync(resolve(import.meta.dirname, "../package.json"), "utf8")).version as string;
const dir = mkdtempSync(join(tmpdir(), "factify-mock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function requireBuild(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build the package first (pnpm build)`);
}

// The environment of a run, without any FACTIFY_MOCK_* the developer may have set.
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("FACTIFY_MOCK_")));
  return { ...env, ...extra };
}

async function start(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  requireBuild();
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"], env: cleanEnv(env) });
  let out = "";
  child.stdout!.on("data", (c) => (out += c));
  child.stderr!.on("data", (c) => (out += c));
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no URL printed:\n${out}`)), 15_000);
    const check = () => {
      // The banner is written in one piece; wait for its last line.
      const m = /listening on (http:\/\/\S+)[\s\S]*need a user token/.exec(out);
      if (m) {
        clearTimeout(timer);
        res(m[1]!);
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => rej(new Error(`exited early (${code}):\n${out}`)));
  });
  return { child, url, output: () => out };
}

/** Runs the command to its end; returns exit code and both streams. */
async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  requireBuild();
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"], env: cleanEnv(env) });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += c));
  child.stderr.on("data", (c) => (stderr += c));
  const code = await new Promise<number | null>((res) => child.once("exit", res));
  return { code, stdout, stderr };
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((res) => {
    child.once("exit", (code) => res(code));
    child.kill("SIGTERM");
  });
}

function ownerKey(output: string): string {
  return /API key\s+(ffy_test_\S+)/.exec(output)![1]!;
}

describe("factify-mock banner and version", () => {
  it("prints the version of the package with --version", async () => {
    const r = await run(["--version"]);
    expect(r).toEqual({ code: 0, stdout: `${PACKAGE_VERSION}\n`, stderr: "" });
  });

  it("prints a serverURL that the SDK can use as it is, the demo users and the user-token operations", async () => {
    const { child, url, output } = await start(["--port", "0"]);
    const text = output();
    expect(text).toContain(`serverURL   ${url} `);
    expect(text).not.toMatch(/serverURL\s+\S+\/v1beta/);
    for (const user of Object.values(DEMO_USERS)) {
      expect(text).toContain(`<${user.email}>`);
      expect(text).toContain(user.id);
    }
    expect(text).toMatch(/user token\s+eyJ/);
    expect(text).toContain("getMe (GET /v1beta/me)");
    expect(text).toContain("getUserPreferences (GET /v1beta/user-preferences)");
    // The printed URL, passed as serverURL, reaches the emulator (no doubled /v1beta).
    const factify = createFactify({ bearerAuth: ownerKey(text), serverURL: url, rateLimit: false });
    const page = await listDocuments(factify, {});
    expect(page.items.length).toBeGreaterThan(0);
    expect(await stop(child)).toBe(0);
  });

  it("takes every option from the environment too", async () => {
    const data = join(dir, "from-env.json");
    const { child, url, output } = await start([], { FACTIFY_MOCK_PORT: "0", FACTIFY_MOCK_DATA: data, FACTIFY_MOCK_SEED: "false" });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(output()).toContain("No demo data");
    expect(output()).toContain(`data file   ${data}`);
    expect(existsSync(data)).toBe(true);
    expect(await stop(child)).toBe(0);
  });
});

describe("factify-mock usage mistakes", () => {
  it("explains a negative port in its own words, with the usage", async () => {
    const r = await run(["--port", "-1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--port cannot be negative (got -1)");
    expect(r.stderr).toContain("Usage: factify-mock");
  });

  it("explains a port that is not a number, from the command line or the environment", async () => {
    const flag = await run(["--port", "http"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--port must be a port number from 0 to 65535 (got "http")');
    const env = await run([], { FACTIFY_MOCK_PORT: "70000" });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain("FACTIFY_MOCK_PORT must be at most 65535");
  });

  it("rejects an unknown option with the usage", async () => {
    const r = await run(["--prot", "4010"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^factify-mock: unknown option --prot\n\nUsage:/);
  });
});

describe("factify-mock runtime failures", () => {
  it("reports a port in use in one line naming the port, without the usage", async () => {
    const blocker = createServer();
    await new Promise<void>((res) => blocker.listen(0, "127.0.0.1", res));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const data = join(dir, "never-written.json");
      const r = await run(["--port", String(port), "--data", data]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`factify-mock: port ${port} on 127.0.0.1 is already in use; choose another with --port or FACTIFY_MOCK_PORT (0 = any free port)\n`);
      expect(existsSync(data)).toBe(false);
    } finally {
      await new Promise((res) => blocker.close(res));
    }
  });

  it("reports a corrupt data file in one line and leaves its bytes as they were", async () => {
    for (const [name, bytes] of [
      ["truncated.json", Buffer.from('{"version":1,"users":{')],
      ["other.json", Buffer.from('{"hello":"world"}\n')],
      ["binary.json", Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x0a])],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const r = await run(["--port", "0", "--data", file]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^factify-mock: data file ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is not a saved emulator state \\(.+\\); fix or remove it\\n$`));
      expect(r.stdout).toBe("");
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect(readdirSync(dir).filter((f) => f.includes(name) && f !== name)).toEqual([]);
    }
  });

  it("reports a directory given as the data file", async () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    const r = await run(["--port", "0", "--data", folder]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`factify-mock: data file ${folder} is a directory; give the path of a JSON file\n`);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("reports a data file in a folder that does not exist", async () => {
    const file = join(dir, "missing-folder", "state.json");
    const r = await run(["--port", "0", "--data", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`factify-mock: cannot write data file ${file}: its folder does not exist\n`);
  });
});

describe("factify-mock persistence", () => {
  it("keeps state in --data across two runs", async () => {
    const data = join(dir, "state.json");
    const first = await start(["--port", "0", "--data", data]);
    const owner = ownerKey(first.output());
    const fd = new FormData();
    fd.append("title", "Survives restarts");
    fd.append("payload", new File(["%PDF-1.4\n%%EOF\n"], "p.pdf", { type: "application/pdf" }));
    const created = await fetch(`${first.url}/v1beta/documents`, { method: "POST", headers: { authorization: `Bearer ${owner}` }, body: fd });
    expect(created.status).toBe(200);
    const id = (await created.json()).document.id;
    expect(await stop(first.child)).toBe(0);
    expect(JSON.parse(readFileSync(data, "utf8")).documents[id].title).toBe("Survives restarts");

    const second = await start(["--port", "0", "--data", data]);
    const again = await fetch(`${second.url}/v1beta/documents/${id}`, { headers: { authorization: `Bearer ${owner}` } });
    expect(again.status).toBe(200);
    expect((await again.json()).document.title).toBe("Survives restarts");
    expect(await stop(second.child)).toBe(0);
  });

  it("never lets a reader see a partly written data file while it saves", async () => {
    const data = join(dir, "busy.json");
    const { child, url, output } = await start(["--port", "0", "--data", data, "--no-rate-limit"]);
    const owner = ownerKey(output());
    let writing = true;
    const writes = (async () => {
      // Each upload adds its bytes to the state, so the file grows past one write() call.
      const filler = `%PDF-1.4\n${"x".repeat(64 * 1024)}\n%%EOF\n`;
      for (let i = 0; i < 30; i++) {
        const fd = new FormData();
        fd.append("title", `Busy ${i}`);
        fd.append("payload", new File([filler], "big.pdf", { type: "application/pdf" }));
        const r = await fetch(`${url}/v1beta/documents`, { method: "POST", headers: { authorization: `Bearer ${owner}` }, body: fd });
        expect(r.status).toBe(200);
        await new Promise((res) => setTimeout(res, 10));
      }
      writing = false;
    })();
    let reads = 0;
    const sizes = new Set<number>();
    while (writing) {
      const text = readFileSync(data, "utf8");
      // A non-atomic writer would sooner or later be caught between truncating and finishing.
      expect(() => JSON.parse(text)).not.toThrow();
      sizes.add(text.length);
      reads++;
      await new Promise((res) => setImmediate(res));
    }
    await writes;
    expect(await stop(child)).toBe(0);
    expect(reads).toBeGreaterThan(10);
    expect(sizes.size).toBeGreaterThan(2);
    expect(Object.values(JSON.parse(readFileSync(data, "utf8")).documents as Record<string, { title: string }>).filter((d) => d.title.startsWith("Busy "))).toHaveLength(30);
    expect(readdirSync(dir).filter((f) => f.startsWith(".busy.json"))).toEqual([]);
  });
});
