// Bearer authentication. API keys (`ffy_...`) act as their owner inside the key's organization;
// JWT-shaped user tokens act as the user across all of the user's organizations.
import { ApiError } from "../http/api-error";
import type { Engine } from "../state/engine";
import type { Caller } from "./context";
import { membership, membershipsOf } from "./memberships";

function unauthenticated(reason: "missing_api_key" | "invalid_api_key" | "expired_api_key" | "invalid_token" | "authentication_required", message: string): ApiError {
  return new ApiError("unauthenticated", reason, message);
}

/** Returns the bearer token of a request, or undefined when there is no Authorization header. */
export function bearerToken(request: Request): string | undefined {
  const h = request.headers.get("authorization");
  if (h === null) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m ? m[1]! : "";
}

/** Resolves the caller of a request; throws 401 for a missing, unknown, revoked or expired credential. */
export function authenticate(engine: Engine, request: Request, userOnly: boolean): Caller {
  const token = bearerToken(request);
  if (token === undefined) throw unauthenticated("missing_api_key", "an Authorization: Bearer header is required");
  if (token === "") throw unauthenticated("invalid_token", "the Authorization header must be 'Bearer <token>'");
  const s = engine.state;
  const now = engine.clock.now();
  if (token.startsWith("ffy_")) {
    const key = Object.values(s.apiKeys).find((k) => k.secret === token);
    if (!key || key.revoked_at !== null) throw unauthenticated("invalid_api_key", "the API key is not valid");
    if (key.expires_at !== null && key.expires_at <= now) throw unauthenticated("expired_api_key", "the API key has expired");
    const user = s.users[key.owner_id];
    const m = user && membership(s, key.organization_id, user.id);
    if (!user || !m) throw unauthenticated("invalid_api_key", "the API key's owner no longer belongs to its organization");
    if (userOnly) throw unauthenticated("authentication_required", "this operation needs a user token, not an API key");
    return { user, kind: "api_key", key, memberships: [m], orgId: key.organization_id };
  }
  const userId = s.userTokens[token];
  const user = userId ? s.users[userId] : undefined;
  if (!user) throw unauthenticated("invalid_token", "the bearer token is not valid");
  const memberships = membershipsOf(s, user.id);
  return { user, kind: "user", key: null, memberships, orgId: memberships[0]?.organization_id };
}
