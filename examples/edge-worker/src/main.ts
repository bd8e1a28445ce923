// Runs the Worker in Node against a local emulator, the way `wrangler dev` would call it: build a
// Request, hand it to the module's fetch with the bindings, read the Response.
import { serve } from "@factify/mock-server/node";
import worker, { type Env } from "./worker";

async function call(env: Env, path: string): Promise<{ status: number; body: any }> {
  const response = await worker.fetch(new Request(`https://worker.example${path}`), env);
  return { status: response.status, body: await response.json() };
}

async function main(): Promise<number> {
  const server = await serve({ port: 0, host: "127.0.0.1" });
  console.log(`emulator on ${server.url}; the Worker uses only @factify/core and @factify/documents`);
  const env: Env = { FACTIFY_TOKEN: server.mock.tokens.owner, FACTIFY_URL: server.url };
  try {
    let path: string | null = "/documents?page_size=2";
    let firstId: string | undefined;
    for (let n = 1; path; n++) {
      const { status, body } = await call(env, path);
      const shown = path.replace(/(page_token=[^&]{12})[^&]*/, "$1...");
      console.log(`page ${n}: GET ${shown} -> ${status}: ${body.documents.map((d: { title: string }) => d.title).join(", ")}`);
      firstId ??= body.documents[0]?.id;
      path = body.next_page_token ? `/documents?page_size=2&page_token=${encodeURIComponent(body.next_page_token)}` : null;
    }
    const one = await call(env, `/documents/${firstId}`);
    console.log(`GET /documents/${firstId} -> ${one.status}: "${one.body.title}"`);
    const missing = await call(env, "/documents/doc_00000000000000000000000000");
    console.log(`GET /documents/doc_00000000000000000000000000 -> ${missing.status}: ${missing.body.error} (request ${missing.body.request_id})`);
    const invalid = await call(env, "/documents/not-an-id");
    console.log(`GET /documents/not-an-id -> ${invalid.status}: refused before sending`);
    return one.status === 200 && missing.status === 404 && invalid.status === 400 ? 0 : 1;
  } catch (error) {
    console.error("the Worker run failed:", error);
    return 1;
  } finally {
    await server.close();
  }
}

process.exitCode = await main();
