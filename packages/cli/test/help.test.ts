// `--help` on every command of the tree, and shell completion for bash, zsh and fish.
import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempDirs } from "./support/temp";
import { baseEnv, CLI, freshHome, runCli } from "./support/run-cli";

const TREE: Record<string, string[]> = {
  documents: ["list", "get", "upload", "update", "trash", "untrash", "export", "backup"],
  versions: ["list", "upload"],
  sharing: ["grant", "revoke", "link"],
  "access-requests": ["list", "approve", "deny"],
  "api-keys": ["list", "create", "revoke"],
  usage: ["show"],
  request: [],
  login: [],
  logout: [],
  completion: [],
};

const env = baseEnv(freshHome());

describe("--help", () => {
  const paths = Object.entries(TREE).flatMap(([noun, verbs]) => [[noun], ...verbs.map((v) => [noun, v])]);
  it.each(paths.map((p) => [p.join(" "), p] as const))("%s --help prints usage and exits 0", async (_name, path) => {
    const r = await runCli([...path, "--help"], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`USAGE factify ${path.join(" ")}`);
    expect(r.stdout).toContain("Exit codes:");
    if (path.length === 2 || TREE[path[0]!]!.length === 0) expect(r.stdout).toContain("--json");
  });

  it("the root help lists every noun", async () => {
    const r = await runCli(["--help"], { env });
    for (const noun of Object.keys(TREE)) expect(r.stdout).toContain(noun);
  });

  it("a noun without a verb is a usage error", async () => {
    const r = await runCli(["documents"], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("needs a command");
  });
});

describe("completion", () => {
  it("completes nouns, verbs and flags", async () => {
    expect((await runCli(["__complete", "doc"], { env })).stdout.trim()).toBe("documents");
    expect((await runCli(["__complete", "documents", "u"], { env })).stdout.split("\n")).toEqual(expect.arrayContaining(["upload", "update", "untrash"]));
    const flags = (await runCli(["__complete", "documents", "upload", "--c"], { env })).stdout.split("\n");
    expect(flags).toContain("--concurrency");
  });

  it("the bash script completes through the CLI", () => {
    const script = execFileSync(process.execPath, [CLI, "completion", "bash"], { env, encoding: "utf8" });
    // A `factify` on PATH that is this build, then the completion function run as bash would.
    const out = execFileSync(
      "bash",
      [
        "-c",
        `factify() { "${process.execPath}" "${CLI}" "$@"; }; ${script}\nCOMP_WORDS=(factify documents ba); COMP_CWORD=2; _factify_complete; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ],
      { env, encoding: "utf8" },
    );
    expect(out.trim()).toBe("backup");
  });

  it("prints zsh and fish scripts and refuses other shells", async () => {
    expect((await runCli(["completion", "zsh"], { env })).stdout).toContain("compdef _factify factify");
    expect((await runCli(["completion", "fish"], { env })).stdout).toContain("complete -c factify");
    expect((await runCli(["completion", "tcsh"], { env })).code).toBe(2);
  });
});

afterAll(removeTempDirs);
