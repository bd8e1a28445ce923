// The --data file through the Node API: atomic replacement (a crash between writing and renaming
// leaves the old file whole), and every unusable file reported before anything is written.
import * as fs from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { temporaryNameFor, writeFileAtomically } from "../src/internal/node/atomic-write";
import { MockDataFileError, MockServerListenError, serve } from "../src/node";

const dir = fs.mkdtempSync(join(tmpdir(), "factify-mock-persist-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomically", () => {
  it("replaces the file and leaves no temporary file behind", () => {
    const file = join(dir, "plain.json");
    fs.writeFileSync(file, "old");
    writeFileAtomically(file, '{"new":true}');
    expect(fs.readFileSync(file, "utf8")).toBe('{"new":true}');
    expect(fs.existsSync(temporaryNameFor(file))).toBe(false);
  });

  it("keeps the old file whole when the process dies between writing and renaming", () => {
    const file = join(dir, "crash-before-rename.json");
    fs.writeFileSync(file, '{"old":true}');
    const crashing = {
      ...fs,
      renameSync: () => {
        throw new Error("simulated crash before rename");
      },
    };
    expect(() => writeFileAtomically(file, '{"new":true}', crashing)).toThrow("simulated crash before rename");
    expect(fs.readFileSync(file, "utf8")).toBe('{"old":true}');
    expect(fs.existsSync(temporaryNameFor(file))).toBe(false);
  });

  it("keeps the old file whole when writing stops halfway", () => {
    const file = join(dir, "crash-mid-write.json");
    fs.writeFileSync(file, '{"old":true}');
    const halfThenFail = {
      ...fs,
      writeSync: ((fd: number, text: string) => {
        fs.writeSync(fd, text.slice(0, 3));
        throw new Error("disk full");
      }) as unknown as typeof fs.writeSync,
    };
    expect(() => writeFileAtomically(file, '{"new":"a longer text"}', halfThenFail)).toThrow("disk full");
    expect(fs.readFileSync(file, "utf8")).toBe('{"old":true}');
  });

  it("flushes the new content to disk before it takes the file's name", () => {
    const file = join(dir, "order.json");
    const calls: string[] = [];
    const recording = {
      ...fs,
      fsyncSync: (fd: number) => {
        calls.push("fsync");
        fs.fsyncSync(fd);
      },
      renameSync: (from: fs.PathLike, to: fs.PathLike) => {
        calls.push("rename");
        fs.renameSync(from, to);
      },
    };
    writeFileAtomically(file, "{}", recording);
    expect(calls.slice(0, 2)).toEqual(["fsync", "rename"]);
  });
});

describe("serve with a data file", () => {
  it("rejects a corrupt file with a MockDataFileError and leaves it byte for byte", async () => {
    const file = join(dir, "corrupt.json");
    const bytes = Buffer.from('{"version":1,"users":');
    fs.writeFileSync(file, bytes);
    const error = await serve({ port: 0, dataFile: file }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MockDataFileError);
    expect(error).toMatchObject({ file, problem: "corrupt" });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it("rejects a taken port with a MockServerListenError and writes no data file", async () => {
    const blocker = createServer();
    await new Promise<void>((res) => blocker.listen(0, "127.0.0.1", res));
    const port = (blocker.address() as AddressInfo).port;
    const file = join(dir, "not-created.json");
    try {
      const error = await serve({ port, dataFile: file }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MockServerListenError);
      expect(error).toMatchObject({ port, host: "127.0.0.1", code: "EADDRINUSE", message: `port ${port} on 127.0.0.1 is already in use` });
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      await new Promise((res) => blocker.close(res));
    }
  });

  it("creates a new data file at start and saves changes to it", async () => {
    const file = join(dir, "fresh.json");
    const server = await serve({ port: 0, dataFile: file, saveDelayMs: 0 });
    try {
      expect(JSON.parse(fs.readFileSync(file, "utf8")).version).toBe(1);
      server.mock.admin.createUser({ name: "Saved Sam", email: "sam@example.com" });
      // createUser is a test hook, not a request: closing saves whatever changed.
    } finally {
      await server.close();
    }
    expect(fs.readFileSync(file, "utf8")).toContain("sam@example.com");
  });
});
