import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const CLI = resolve(import.meta.dirname, "../dist/cli.js");
const dir = mkdtempSync(join(tmpdir(), "factify-mock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build the package first (pnpm build)`);
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (c) => (out += c));
  child.stderr!.on("data", (c) => (out += c));
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no URL printed:\n${out}`)), 15_000);
    const check = () => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
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

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((res) => {
    child.once("exit", (code) => res(code));
    child.kill("SIGTERM");
  });
}

describe("factify-mock CLI", () => {
  it("prints its URL and demo tokens, serves requests and exits cleanly on SIGTERM", async () => {
    const { child, url, output } = await start(["--port", "0"]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const owner = /owner\s+(ffy_test_\S+)/.exec(output())?.[1];
    expect(owner).toMatch(/^ffy_test_[0-9a-hjkmnp-tv-z]{26}[0-9A-Za-z]{43}$/);
    const res = await fetch(`${url}/v1beta/documents`, { headers: { authorization: `Bearer ${owner}` } });
    expect(res.status).toBe(200);
    expect((await res.json()).items.length).toBeGreaterThan(0);
    expect(await stop(child)).toBe(0);
  });

  it("keeps state in --data across two runs", async () => {
    const data = join(dir, "state.json");
    const first = await start(["--port", "0", "--data", data]);
    const owner = /owner\s+(ffy_test_\S+)/.exec(first.output())![1]!;
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

  it("rejects a bad port with a usage message", async () => {
    const child = spawn(process.execPath, [CLI, "--port", "nope"], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (c) => (err += c));
    const code = await new Promise((res) => child.once("exit", res));
    expect(code).toBe(2);
    expect(err).toContain("Usage: factify-mock");
  });
});
