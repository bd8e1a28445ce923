// Every example under examples/ runs as a child process, exactly as `pnpm start` runs it (tsx, its
// own emulator on a free port), and must exit 0 with the lines that show it did its job.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const examples = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "examples");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runExample(name: string, env: Record<string, string> = {}, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join("src", "main.ts"), ...args], {
      cwd: join(examples, name),
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function expectSuccess(run: Run): void {
  expect(run.stderr).toBe("");
  expect(run.code, run.stdout).toBe(0);
}

describe("examples", () => {
  it("contract-workflow (the demo) uploads, shares, handles the access request, pages and prints the timeline", async () => {
    const run = await runExample("contract-workflow");
    expectSuccess(run);
    const out = run.stdout;
    expect(out).toMatch(/emulator listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(out).toMatch(/1\. Upload the contract\n\s+uploaded doc_[0-9a-hjkmnp-tv-z]{26} "Master Services Agreement" \(\d+ bytes of PDF\)/);
    expect(out).toContain("processing finished: ready");
    expect(out).toContain("granted viewer to mia@acme.example: 1 of 1 succeeded");
    expect(out).toMatch(/cannot see it yet: 404 not_found \(request req_\w+\)/);
    expect(out).toMatch(/access request acr_\w+: view, pending, from Oscar Outsider/);
    expect(out).toMatch(/approved acr_\w+: status approved/);
    expect(out).toContain("who has access: Olivia Owner (owner), Mia Member (viewer), Oscar Outsider (viewer)");
    expect(out).toMatch(/page 1: "Master Services Agreement" \[pdf\], "[^"]+" \[\w+\]\n\s+page 2: /);
    expect(out).toMatch(/document_created\s+by Olivia Owner/);
    expect(out).toMatch(/document_user_access_granted\s+by Olivia Owner, recipient: Oscar Outsider, role: viewer/);
    expect(out).toContain("Done:");
  });

  it("contract-workflow exits 1 with the typed error's details when the emulator fails a request", async () => {
    const run = await runExample("contract-workflow", { FACTIFY_MOCK_FAULTS: JSON.stringify([{ kind: "status", status: 500, method: "POST" }]) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/The demo failed: InternalServerError HTTP 500 code=internal reason=internal_error request_id=req_\w+/);
    expect(run.stdout).not.toContain("Done:");
  });

  it("edge-worker serves pages, a document, a 404 and a 400 through the Worker's fetch", async () => {
    const run = await runExample("edge-worker");
    expectSuccess(run);
    expect(run.stdout).toMatch(/page 1: GET \/documents\?page_size=2 -> 200: .+, .+/);
    expect(run.stdout).toMatch(/page 2: GET \/documents\?page_size=2&page_token=\S+ -> 200: /);
    expect(run.stdout).toMatch(/GET \/documents\/doc_\w+ -> 200: "/);
    expect(run.stdout).toMatch(/-> 404: no such document \(request req_\w+\)/);
    expect(run.stdout).toContain("/documents/not-an-id -> 400");
  });

  it("invite-onboarding invites, accepts with the invitee's token, promotes and lists", async () => {
    const run = await runExample("invite-onboarding");
    expectSuccess(run);
    expect(run.stdout).toMatch(/invited ivy@example\.com: inv_\w+, pending/);
    expect(run.stdout).toContain("Ivy signs in: member of 0 organizations");
    expect(run.stdout).toContain('Ivy accepted the invite and joined "Acme Corporation"');
    expect(run.stdout).toMatch(/Ivy Ives\s+admin\s+joined/);
    expect(run.stdout).toMatch(/ivy@example\.com\s+accepted by Ivy Ives/);
  });

  it("bulk-export exports every exportable document with no 429s and cleans up its folder", async () => {
    const run = await runExample("bulk-export");
    expectSuccess(run);
    expect(run.stdout).toContain("set-up: uploaded 12 contracts");
    expect(run.stdout).toMatch(/Pricing sheet\s+skipped: no export permission/);
    const folder = /exported 14 documents to (\S+) \(1 skipped\)/.exec(run.stdout)?.[1];
    expect(folder).toBeTruthy();
    expect(existsSync(folder!)).toBe(false);
    expect(run.stdout).toMatch(/\d+ API requests in [\d.]+ s, paced at 10 per second; 429 responses: 0/);
  });
});
