// The web-standard entry runs unchanged inside workerd (Cloudflare Workers' runtime).
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { afterAll, describe, expect, it } from "vitest";

let mf: Miniflare | undefined;
afterAll(async () => {
  await mf?.dispose();
});

describe("in a Worker", () => {
  it("serves the API from workerd with the bundled emulator", async () => {
    const bundle = await build({
      stdin: {
        contents: `
          import { createMockFactify } from "./src/index.ts";
          let mock;
          export default {
            async fetch(request) {
              // Workers forbid random values at global scope, so create the emulator on first use.
              mock ??= createMockFactify({ processingDelayMs: 0 });
              const url = new URL(request.url);
              if (url.pathname === "/tokens") return Response.json(mock.tokens);
              return mock.fetch(request);
            },
          };`,
        resolveDir: new URL("..", import.meta.url).pathname,
        loader: "ts",
      },
      bundle: true,
      format: "esm",
      platform: "neutral",
      write: false,
    });
    mf = new Miniflare({ modules: true, script: bundle.outputFiles[0]!.text, compatibilityDate: "2025-06-01" });
    const tokens = (await (await mf.dispatchFetch("http://localhost/tokens")).json()) as Record<string, string>;
    const auth = { authorization: `Bearer ${tokens.owner}` };
    const list = await mf.dispatchFetch("http://localhost/v1beta/documents", { headers: auth });
    expect(list.status).toBe(200);
    expect(((await list.json()) as any).items.length).toBeGreaterThan(0);
    const fd = new FormData();
    fd.append("title", "From a worker");
    fd.append("payload", new Blob(["%PDF-1.4\n%%EOF\n"], { type: "application/pdf" }), "w.pdf");
    // Encode the multipart body here: Miniflare's own fetch does not know Node's FormData class.
    const encoded = new Request("http://localhost/", { method: "POST", body: fd });
    const created = await mf.dispatchFetch("http://localhost/v1beta/documents", {
      method: "POST",
      headers: { ...auth, "content-type": encoded.headers.get("content-type")! },
      body: new Uint8Array(await encoded.arrayBuffer()),
    });
    const createdBody = (await created.json()) as any;
    expect(created.status, JSON.stringify(createdBody)).toBe(200);
    const doc = createdBody.document;
    expect(doc.title).toBe("From a worker");
    expect(doc.id).toMatch(/^doc_[0-9a-hjkmnp-tv-z]{26}$/);
    const denied = await mf.dispatchFetch("http://localhost/v1beta/documents");
    expect(denied.status).toBe(401);
  });
});
