// Progress output: live bars in a real pseudo-terminal (util-linux `script`), plain lines in a pipe.
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { samplePdf } from "@factify/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInPty, startInPty } from "./support/pty";
import { baseEnv, freshHome, runCli } from "./support/run-cli";
import { removeTempDirs, tempDir } from "./support/temp";
import { startWorld, type World } from "./support/world";

let world: World;
let env: NodeJS.ProcessEnv;
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal control sequences are what is checked.
const ESC = /\x1b\[/;

beforeAll(async () => {
  world = await startWorld();
  env = baseEnv(freshHome(), { FACTIFY_API_KEY: world.mock.tokens.outsider, FACTIFY_SERVER_URL: world.url });
  const src = tempDir("progress");
  for (let i = 1; i <= 3; i++) writeFileSync(join(src, `memo-${i}.pdf`), samplePdf(`Memo ${i}`));
  expect((await runCli(["documents", "upload", "*.pdf"], { env, cwd: src })).code).toBe(0);
});
afterAll(async () => {
  removeTempDirs();
  await world?.close();
});

describe("on a terminal", () => {
  it("draws live bars with files, bytes, rate and ETA, then prints the summary", async () => {
    const target = join(tempDir("pty"), "out");
    world.hold = true;
    const held = world.nextHeld();
    const run = runInPty(["documents", "backup", target, "--concurrency", "2"], { env });
    await held;
    // Let the bars redraw a few times while a download is stuck half-way, then let it fail over
    // to a fresh export URL (the hold ends with the connection cut).
    await new Promise((resolve) => setTimeout(resolve, 700));
    world.release();
    const { code, output } = await run;
    expect(code).toBe(0);
    expect(output).toMatch(ESC);
    // A backup learns sizes as it goes: the bar and ETA follow files, bytes and rate are shown as counted.
    expect(output).toMatch(/\d+% \| \d\/4 files \| [\d.]+ (B|KiB) \| [\d.]+ (B|KiB)\/s \| ETA (--|\d+s)/);
    expect(output.match(/downloaded doc_\w+ → doc_\w+\.pdf/g)).toHaveLength(4);
    expect(output).toMatch(/Downloaded 4, up to date 0, failed 0/);
  });

  it("Ctrl-C typed at the terminal stops the bars, restores the cursor and prints the summary", async () => {
    const target = join(tempDir("pty-int"), "out");
    world.hold = true;
    const held = world.nextHeld();
    const run = startInPty(["documents", "backup", target, "--concurrency", "1"], { env });
    // ^C once a download hangs half-way: the terminal turns it into SIGINT for the CLI.
    await held;
    run.type("\x03");
    const { code, output } = await run.done;
    world.release();
    expect(code).toBe(130);
    expect(output).toMatch(/Interrupted\. Downloaded \d+, up to date 0, failed 1, not started \d+/);
    // cli-progress hid the cursor while drawing; it is shown again.
    expect(output.lastIndexOf("\x1b[?25h")).toBeGreaterThan(output.lastIndexOf("\x1b[?25l"));
    expect(readdirSync(target).filter((n) => n !== "factify-backup.json")).toEqual([]);
  });

  it("uploads show per-file lines and the summary", async () => {
    const src = tempDir("pty-up");
    writeFileSync(join(src, "a.pdf"), samplePdf("Terminal A"));
    writeFileSync(join(src, "b.pdf"), samplePdf("Terminal B"));
    const { code, output } = await runInPty(["documents", "upload", "*.pdf"], { env, cwd: src });
    expect(code).toBe(0);
    // Every file's line reaches the terminal, even when the job ends right after it.
    expect(output).toMatch(/uploaded a\.pdf → doc_/);
    expect(output).toMatch(/uploaded b\.pdf → doc_/);
    expect(output).toMatch(/Uploaded 2, skipped 0, failed 0/);
    // Uploads know their size up front: bytes done of bytes in all.
    expect(output).toMatch(/\| \d\/2 files \| [\d.]+ (B|KiB)\/1\.1 KiB \| /);
  });
});

describe("in a pipe", () => {
  it("writes one plain line per event on stderr and no control sequences", async () => {
    const target = join(tempDir("pipe"), "out");
    const count = JSON.parse((await runCli(["documents", "list", "--json"], { env })).stdout).length;
    const r = await runCli(["documents", "backup", target], { env });
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(count);
    for (const line of lines) expect(line).toMatch(/^\[\d\/\d\] downloaded doc_\w+ → doc_\w+\.pdf \([\d.]+ (B|KiB), ".*"\)$/);
    expect(r.stderr).not.toMatch(ESC);
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout).toMatch(new RegExp(`^Downloaded ${count}, up to date 0, failed 0`));
  });
});
