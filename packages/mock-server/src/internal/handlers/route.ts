// Method + path-template routing. Literal segments win over parameters, so
// `/documents/quota` is never read as a document id.
import type { Caller, Ctx } from "../domain/context";
import { invalid } from "../http/api-error";
import { isTypeId } from "../state/ids";

/** How a route authenticates: any credential, user tokens only, or optional. */
export type AuthMode = "required" | "user" | "optional";

interface RouteBase {
  op: string;
  method: string;
  path: string;
  segments: string[];
}

/**
 * One operation of the API. The handler of a route with optional authentication is typed to see
 * a caller that may be absent; every other handler always has one.
 */
export type Route =
  | (RouteBase & { auth: "required" | "user"; handler: (ctx: Ctx) => unknown })
  | (RouteBase & { auth: "optional"; handler: (ctx: Ctx<Caller | undefined>) => unknown });

/** The id prefix each path parameter must carry. */
const PARAM_PREFIXES: Record<string, readonly string[]> = {
  document_id: ["doc"],
  version_id: ["ver"],
  organization_id: ["org"],
  invite_id: ["inv"],
  api_key_id: ["key"],
  access_request_id: ["acr"],
  policy_id: ["pol"],
  user_id: ["user"],
  recipient_id: ["user", "bot"],
};

function segmentsOf(path: string): string[] {
  return path.split("/").filter(Boolean);
}

/** Declares a route that needs a credential (`user`: a user token, not an API key). */
export function route(op: string, method: string, path: string, handler: (ctx: Ctx) => unknown, auth: "required" | "user" = "required"): Route {
  return { op, method, path, segments: segmentsOf(path), auth, handler };
}

/** Declares a route that answers without a credential too (a sent credential must still be valid). */
export function publicRoute(op: string, method: string, path: string, handler: (ctx: Ctx<Caller | undefined>) => unknown): Route {
  return { op, method, path, segments: segmentsOf(path), auth: "optional", handler };
}

/** The result of matching a request path. */
export type Match = { route: Route; params: Record<string, string> } | { pathKnown: boolean };

/** Finds the route for a method and path; `pathKnown` tells a wrong method from an unknown path. */
export function matchRoute(routes: readonly Route[], method: string, pathname: string): Match {
  let parts: string[];
  try {
    parts = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return { pathKnown: false };
  }
  let best: { route: Route; params: Record<string, string>; literals: number } | undefined;
  let pathKnown = false;
  for (const r of routes) {
    if (r.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let ok = true;
    for (let i = 0; i < parts.length && ok; i++) {
      const seg = r.segments[i]!;
      if (seg.startsWith("{")) params[seg.slice(1, -1)] = parts[i]!;
      else if (seg === parts[i]) literals++;
      else ok = false;
    }
    if (!ok) continue;
    pathKnown = true;
    if (r.method !== method) continue;
    if (!best || literals > best.literals) best = { route: r, params, literals };
  }
  return best ? { route: best.route, params: best.params } : { pathKnown };
}

/** Checks every path parameter's id format; throws 400 invalid_id_format. */
export function checkPathParams(params: Record<string, string>): void {
  for (const [name, value] of Object.entries(params)) {
    const prefixes = PARAM_PREFIXES[name];
    if (prefixes && !isTypeId(value, prefixes)) {
      throw invalid("invalid_id_format", name, `${name} must look like ${prefixes.join("|")}_ followed by 26 base32 characters`);
    }
  }
}
