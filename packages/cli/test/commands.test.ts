// Every command against the emulator on a port, with the CLI as a child process: human output,
// --json output, and the exit codes scripts rely on.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { samplePdf } from "@factify/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseEnv, freshHome, type RunResult, runCli } from "./support/run-cli";
import { removeTempDirs, tempDir } from "./support/temp";
import { startWorld, type World } from "./support/world";

let world: World;
let home: string;
let work: string;

function as(role: "owner" | "member" | "outsider") {
  return baseEnv(home, { FACTIFY_API_KEY: world.mock.tokens[role], FACTIFY_SERVER_URL: world.url });
}
async function factify(args: string[], role: "owner" | "member" | "outsider" = "owner"): Promise<RunResult> {
  return runCli(args, { env: as(role), cwd: work });
}
async function json<T = any>(args: string[], role: "owner" | "member" | "outsider" = "owner"): Promise<T> {
  const r = await factify([...args, "--json"], role);
  // Bulk commands report progress on stderr even with --json; the others print nothing there.
  if (args[1] !== "upload" && args[1] !== "backup") expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

beforeAll(async () => {
  world = await startWorld();
  home = freshHome();
  work = tempDir("work");
});
afterAll(async () => {
  removeTempDirs();
  await world?.close();
});

describe("documents", () => {
  it("lists documents as a table and as JSON", async () => {
    const r = await factify(["documents", "list"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^ID\s+TITLE\s+STATUS/);
    expect(r.stdout).toContain("Q4 Financial Report");
    const docs = await json<Array<{ id: string; title: string }>>(["documents", "list", "--limit", "2"]);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.id).toMatch(/^doc_/);
  });

  it("gets, updates, trashes and restores a document", async () => {
    const id = world.mock.demo.documents.welcome!;
    expect((await factify(["documents", "get", id])).stdout).toMatch(/title:\s+Welcome to Factify/);
    const updated = await json(["documents", "update", id, "--title", "Welcome (renamed)"]);
    expect(updated.title).toBe("Welcome (renamed)");
    await json(["documents", "trash", id]);
    const trashed = await json<Array<{ id: string }>>(["documents", "list", "--trashed"]);
    expect(trashed.map((d) => d.id)).toContain(id);
    await json(["documents", "untrash", id]);
    expect((await json(["documents", "get", id])).trashed_at).toBeUndefined();
  });

  it("exports a document to a file without sending the API key to the download URL", async () => {
    const id = world.mock.demo.documents.report!;
    const before = world.downloads.length;
    const out = join(work, "report.pdf");
    const saved = await json(["documents", "export", id, "-o", out]);
    expect(saved.path).toBe(out);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
    const fetched = world.downloads.slice(before);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]!.authorization).toBeUndefined();
    const url = (await factify(["documents", "export", id, "--url"])).stdout.trim();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/__mock\/files\//);
  });

  it("uploads one file with a title", async () => {
    const file = join(work, "nda.pdf");
    writeFileSync(file, samplePdf("NDA"));
    const result = await json(["documents", "upload", file, "--title", "Mutual NDA"]);
    expect(result.done).toBe(1);
    const doc = await json(["documents", "get", result.results[0].document_id]);
    expect(doc.title).toBe("Mutual NDA");
  });
});

describe("versions", () => {
  it("uploads a new version and lists it", async () => {
    const id = world.mock.demo.documents.report!;
    const file = join(work, "report-v2.pdf");
    writeFileSync(file, samplePdf("Q4 v2"));
    const version = await json(["versions", "upload", id, file, "--title", "v2"]);
    expect(version.id).toMatch(/^ver_/);
    const versions = await json<Array<{ id: string }>>(["versions", "list", id]);
    expect(versions.map((v) => v.id)).toContain(version.id);
    expect((await factify(["versions", "list", id])).stdout).toContain("v2");
  });
});

describe("sharing", () => {
  it("grants, links and revokes", async () => {
    const id = world.mock.demo.documents.report!;
    const granted = await json(["sharing", "grant", id, "adam@acme.example", "--role", "commenter"]);
    expect(granted.successful).toBe(1);
    const link = await json(["sharing", "link", id]);
    expect(link.share_link?.id ?? link.short_url).toBeTruthy();
    const member = world.mock.demo.users.member!;
    const revoked = await factify(["sharing", "revoke", id, member]);
    expect(revoked.code).toBe(0);
    // The member lost the grant on the private report.
    expect((await factify(["documents", "get", id], "member")).code).toBe(1);
  });

  it("exits 3 when only some recipients could be granted", async () => {
    const r = await factify(["sharing", "grant", world.mock.demo.documents.welcome!, "mia@acme.example", "nobody@nowhere.example", "--json"]);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toMatchObject({ successful: 1, failed: 1 });
  });

  it("rejects an unknown role before sending anything", async () => {
    const r = await factify(["sharing", "grant", world.mock.demo.documents.report!, "a@example.com", "--role", "emperor"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--role must be one of");
  });
});

describe("access-requests", () => {
  it("lists, approves and denies requests made through `factify request`", async () => {
    const welcome = world.mock.demo.documents.welcome!;
    const ask = await factify(["request", "POST", `/v1beta/documents/${welcome}/access-requests`, "--data", '{"permission":"edit","message":"please"}'], "member");
    expect(ask.code).toBe(0);
    const asked = JSON.parse(ask.stdout);
    const requestId = asked.access_request?.id ?? asked.id;
    expect(requestId).toBeTruthy();
    const listed = await json<Array<{ id: string; request_status: string }>>(["access-requests", "list", welcome]);
    expect(listed.find((r) => r.id === requestId)?.request_status).toBe("pending");
    expect((await factify(["access-requests", "list", welcome])).stdout).toContain("please");
    const approved = await json(["access-requests", "approve", welcome, requestId]);
    expect(approved.request_status).toBe("approved");

    const again = await factify(["request", "POST", `/v1beta/documents/${world.mock.demo.documents.report!}/access-requests`, "--data", '{"permission":"view"}'], "member");
    const second = JSON.parse(again.stdout);
    const denied = await json(["access-requests", "deny", world.mock.demo.documents.report!, second.access_request?.id ?? second.id]);
    expect(denied.request_status).toBe("denied");
  });
});

describe("api-keys and usage", () => {
  it("creates, lists and revokes a key; the secret is printed once by create", async () => {
    const created = await json(["api-keys", "create", "--name", "rotation"]);
    expect(created.secret).toMatch(/^ffy_/);
    const keys = await json<Array<{ id: string }>>(["api-keys", "list"]);
    expect(keys.map((k) => k.id)).toContain(created.api_key.id);
    const revoked = await json(["api-keys", "revoke", created.api_key.id, "--reason", "rotated"]);
    expect(revoked.is_active).toBe(false);
    const human = await factify(["api-keys", "list"]);
    expect(human.stdout).not.toContain(created.api_key.id);
    expect(human.stdout).not.toContain(world.mock.tokens.owner);
  });

  it("shows usage", async () => {
    const quota = await json(["usage", "show"]);
    expect(quota.organization_id).toBe(world.mock.demo.orgs.acme);
    expect((await factify(["usage", "show"])).stdout).toMatch(/^organization:\s+org_/m);
  });
});

describe("request", () => {
  it("calls any endpoint and prints JSON", async () => {
    const r = await factify(["request", "GET", "/v1beta/documents?page_size=1"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items).toHaveLength(1);
  });

  it("rejects bad JSON and unknown methods as usage errors", async () => {
    expect((await factify(["request", "POST", "/v1beta/documents/x/trash", "--data", "{nope"])).code).toBe(2);
    expect((await factify(["request", "FETCH", "/v1beta/documents"])).code).toBe(2);
  });
});

describe("errors and exit codes", () => {
  it("prints one line with code, message and request id for an API error, exit 1", async () => {
    const r = await factify(["documents", "get", "doc_00000000000000000000000000"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^factify: not_found: .*\(request id req_[0-9a-z]+\)$/m);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("shows the stack with --debug and never the key", async () => {
    const r = await factify(["documents", "get", "doc_00000000000000000000000000", "--debug"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\n\s+at /);
    expect(r.stderr + r.stdout).not.toContain(world.mock.tokens.owner);
  });

  it("prints an error object with --json", async () => {
    const r = await factify(["documents", "get", "doc_00000000000000000000000000", "--json"]);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: "not_found", request_id: expect.stringMatching(/^req_/), exit_code: 1 });
    const usage = await factify(["documents", "get", "nope", "--json"]);
    expect(JSON.parse(usage.stdout).error).toMatchObject({ code: "usage_error", exit_code: 2 });
  });

  it("exits 2 for usage errors: unknown command or flag, bad id, missing key", async () => {
    expect((await factify(["documents", "frobnicate"])).code).toBe(2);
    expect((await factify(["documents", "list", "--colour"])).code).toBe(2);
    const bad = await factify(["documents", "get", "not-an-id"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("document_id");
    const noKey = await runCli(["documents", "list"], { env: baseEnv(home, { FACTIFY_SERVER_URL: world.url }) });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain("FACTIFY_API_KEY");
    const badServer = await factify(["documents", "list", "--server-url", "api.factify.com"]);
    expect(badServer.code).toBe(2);
    expect(badServer.stderr).toContain("--server-url must be an absolute http(s) URL");
  });

  it("exits 1 when the key is refused", async () => {
    const r = await runCli(["documents", "list"], { env: baseEnv(home, { FACTIFY_API_KEY: "ffy_test_wrong", FACTIFY_SERVER_URL: world.url }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^factify: unauthenticated: /);
    expect(r.stderr).not.toContain("ffy_test_wrong");
  });

  it("--api-key and --server-url override the environment", async () => {
    const env = baseEnv(home, { FACTIFY_API_KEY: "ffy_test_wrong", FACTIFY_SERVER_URL: "http://127.0.0.1:9" });
    const r = await runCli(["documents", "list", "--json", "--api-key", world.mock.tokens.owner!, "--server-url", world.url], { env });
    expect(r.code).toBe(0);
  });
});
