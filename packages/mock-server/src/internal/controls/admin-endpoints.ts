// The /__mock/ endpoints: the test hooks over HTTP, for tests in other processes and languages.
// No authentication (the emulator is a development tool). Errors use the API's error shape.
import { fromBase64 } from "../content/bytes";
import { ApiError, invalid, notFound } from "../http/api-error";
import { json } from "../http/responses";
import type { Engine } from "../state/engine";
import { faultProblem, type FaultQueue, type FaultSpec } from "./faults";
import { completeProcessing, createUser, inviteToken, setOrganizationLimits } from "./test-hooks";

/** What the admin layer needs from the emulator besides the engine. */
export interface AdminHost {
  engine: Engine;
  faults: FaultQueue;
  reset(seed?: boolean): void;
  snapshot(): string;
  restore(json: string): void;
}

async function body(request: Request): Promise<any> {
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw invalid("invalid_field_value", "body", "the body is not valid JSON");
  }
}

/** Answers a request under /__mock/. */
export async function handleAdmin(host: AdminHost, request: Request, path: string): Promise<Response> {
  const { engine, faults } = host;
  const s = engine.state;
  const method = request.method;
  const parts = path.split("/").filter(Boolean).slice(1);
  const [a, b, c] = parts;
  if (method === "GET" && parts.length === 0) {
    return json(200, { ...s.demo, endpoints: ["GET /__mock", "POST /__mock/reset", "GET|POST|DELETE /__mock/faults", "GET /__mock/invites/{id}/token", "GET /__mock/clock", "POST /__mock/clock/advance", "POST /__mock/processing/complete", "POST /__mock/users", "PUT /__mock/organizations/{id}/limits", "GET /__mock/files/{id}", "GET|PUT /__mock/snapshot"] });
  }
  if (method === "POST" && a === "reset" && !b) {
    const opts = await body(request);
    host.reset(opts.seed !== false);
    return json(200, {});
  }
  if (a === "faults" && !b) {
    if (method === "GET") return json(200, { faults: faults.pending() });
    if (method === "DELETE") {
      faults.clear();
      return json(200, {});
    }
    if (method === "POST") {
      const spec = (await body(request)) as FaultSpec;
      const problem = faultProblem(spec);
      if (problem) throw invalid("invalid_field_value", "body", problem);
      return json(200, { fault: faults.inject(spec) });
    }
  }
  if (method === "GET" && a === "invites" && b && c === "token" && parts.length === 3) {
    const token = inviteToken(engine, b);
    if (token === undefined) throw notFound("invitation");
    return json(200, { token });
  }
  if (a === "clock") {
    if (method === "GET" && !b) return json(200, { now: new Date(engine.clock.now()).toISOString() });
    if (method === "POST" && b === "advance") {
      const { ms } = await body(request);
      if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) throw invalid("invalid_field_value", "ms", "ms must be a non-negative number");
      engine.clock.advance(ms);
      return json(200, { now: new Date(engine.clock.now()).toISOString() });
    }
  }
  if (method === "POST" && a === "processing" && b === "complete") {
    const target = await body(request);
    if (target.status !== undefined && target.status !== "ready" && target.status !== "failed") throw invalid("invalid_enum_value", "status", "status must be ready or failed");
    return json(200, { completed: completeProcessing(engine, target) });
  }
  if (method === "POST" && a === "users" && !b) return json(200, createUser(engine, await body(request)));
  if (method === "PUT" && a === "organizations" && b && c === "limits") {
    setOrganizationLimits(engine, b, await body(request));
    return json(200, {});
  }
  if (method === "GET" && a === "files" && b && parts.length === 2) {
    const file = s.files[b];
    if (!file) throw notFound("file");
    return new Response(fromBase64(file.data) as Uint8Array<ArrayBuffer>, { status: 200, headers: { "content-type": file.content_type } });
  }
  if (a === "snapshot" && !b) {
    if (method === "GET") return new Response(host.snapshot(), { headers: { "content-type": "application/json" } });
    if (method === "PUT") {
      try {
        host.restore(await request.text());
      } catch (e) {
        throw invalid("invalid_field_value", "body", e instanceof Error ? e.message : "not a snapshot");
      }
      return json(200, {});
    }
  }
  throw new ApiError("not_found", "resource_not_found", `no mock endpoint ${method} ${path}`);
}
