// The token from the environment when bearerAuth is not given; a clear error at construction when there is none.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFactify, request } from "../../src/index";
import { fakeFetch, json, invalidRequest } from "./fake-fetch";

const VAR = "FACTIFY_API_KEY";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});


describe("FACTIFY_API_KEY", () => {
  it("is used when bearerAuth is absent", async () => {
    vi.stubEnv(VAR, "ffy_from_env");
    const f = fakeFetch(json(200, {}));
    await request(createFactify({ serverURL: "http://api.test", fetch: f.fetch }), { method: "GET", path: "/x" });
    expect(f.calls[0]!.headers.get("authorization")).toBe("Bearer ffy_from_env");
  });

  it("gives way to bearerAuth", async () => {
    vi.stubEnv(VAR, "ffy_from_env");
    const f = fakeFetch(json(200, {}));
    await request(createFactify({ bearerAuth: "ffy_given", serverURL: "http://api.test", fetch: f.fetch }), { method: "GET", path: "/x" });
    expect(f.calls[0]!.headers.get("authorization")).toBe("Bearer ffy_given");
  });

  it("missing (or empty) fails at construction naming both the option and the variable", () => {
    vi.stubEnv(VAR, "");
    const error = invalidRequest(() => createFactify());
    expect(error.field).toBe("bearerAuth");
    expect(error.message).toContain("bearerAuth");
    expect(error.message).toContain(VAR);
  });

  it("holding a character no header can carry is named as the variable", () => {
    vi.stubEnv(VAR, "ffy_bad\u0100value");
    const error = invalidRequest(() => createFactify());
    expect(error.field).toBe(VAR);
    expect(error.message).not.toContain("ffy_bad");
  });

  it("is read through Deno.env where there is no process, and a refused permission counts as unset", () => {
    vi.stubGlobal("process", undefined);
    vi.stubGlobal("Deno", { env: { get: (name: string) => (name === VAR ? "ffy_deno" : undefined) } });
    expect(() => createFactify()).not.toThrow();
    vi.stubGlobal("Deno", {
      env: {
        get: () => {
          throw new Error("Requires env access");
        },
      },
    });
    expect(invalidRequest(() => createFactify()).message).toContain(VAR);
    vi.stubGlobal("Deno", undefined);
    expect(invalidRequest(() => createFactify()).message).toContain(VAR);
  });
});
