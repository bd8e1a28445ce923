// `factify login` / `logout`: the key is read from stdin or a hidden prompt, checked, saved with
// owner-only permissions under the config directory, used by later commands, and never printed.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInPty } from "./support/pty";
import { baseEnv, freshHome, runCli } from "./support/run-cli";
import { removeTempDirs } from "./support/temp";
import { startWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  removeTempDirs();
  await world?.close();
});

describe("login and logout", () => {
  it("saves a piped key with 0600 in a 0700 directory, uses it, never prints it, and logout removes it", async () => {
    const home = freshHome();
    const env = baseEnv(home, { FACTIFY_SERVER_URL: world.url });
    const key = world.mock.tokens.admin!;
    const login = await runCli(["login"], { env, input: `${key}\n` });
    expect(login.code).toBe(0);
    expect(login.stdout + login.stderr).not.toContain(key);
    const file = join(home, ".config", "factify", "credentials.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, ".config", "factify")).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ api_key: key, server_url: world.url });

    // No FACTIFY_API_KEY and no FACTIFY_SERVER_URL: both come from the login.
    const list = await runCli(["usage", "show", "--json"], { env: baseEnv(home) });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).organization_id).toBe(world.mock.demo.orgs.acme);
    const debug = await runCli(["documents", "list", "--debug"], { env: baseEnv(home) });
    expect(debug.stderr).toContain("[debug]");
    expect(debug.stdout + debug.stderr).not.toContain(key);

    const logout = await runCli(["logout"], { env });
    expect(logout.stdout).toContain("Logged out");
    expect(existsSync(file)).toBe(false);
    expect((await runCli(["usage", "show"], { env: baseEnv(home) })).code).toBe(2);
  });

  it("tightens the permissions of a config directory that already exists", async () => {
    const home = freshHome();
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(home, ".config", "factify"), { recursive: true, mode: 0o755 });
    const r = await runCli(["login", "--no-verify"], { env: baseEnv(home), input: "ffy_test_anything\n" });
    expect(r.code).toBe(0);
    expect(statSync(join(home, ".config", "factify")).mode & 0o777).toBe(0o700);
  });

  it("refuses a key the API rejects and saves nothing", async () => {
    const home = freshHome();
    const r = await runCli(["login"], { env: baseEnv(home, { FACTIFY_SERVER_URL: world.url }), input: "ffy_test_not_a_real_key\n" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unauthenticated/);
    expect(r.stderr).not.toContain("ffy_test_not_a_real_key");
    expect(existsSync(join(home, ".config", "factify", "credentials.json"))).toBe(false);
  });

  it("asks for the key on a terminal without echoing it", async () => {
    const home = freshHome();
    const key = world.mock.tokens.member!;
    const r = await runInPty(["login"], { env: baseEnv(home, { FACTIFY_SERVER_URL: world.url }), type: `${key}\r`, typeWhen: "Factify API key" });
    expect(r.output).toContain("Factify API key");
    expect(r.output).not.toContain(key);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(home, ".config", "factify", "credentials.json"), "utf8")).api_key).toBe(key);
  });
});
