// API keys: list, create (the secret is returned once), revoke (the key stops working at once).
import type { Ctx } from "../domain/context";
import { orgManagedBy } from "../domain/organizations";
import { invalid, notFound, precondition } from "../http/api-error";
import { paginate } from "../http/pagination";
import { qBool } from "../http/query";
import { readJson } from "../http/request-body";
import { makeId } from "../state/engine";
import { apiKeySecret } from "../state/ids";
import type { ApiKeyRec } from "../state/store";
import { apiKeyWire } from "../views/shapes";
import { route } from "./route";

const MAX_LIFETIME_MS = 8760 * 3600_000;

/** Returns an organization the caller may manage keys in (404 outside it, 403 for plain members). */
function keyAdminOrg(ctx: Ctx, orgId: string) {
  return orgManagedBy(ctx.state, ctx.caller, orgId, "manage API keys");
}

function listApiKeys(ctx: Ctx) {
  const orgId = ctx.url.searchParams.get("organization_id");
  if (orgId === null) throw invalid("missing_required_field", "organization_id", "organization_id is required");
  if (!/^org_[0-9a-hjkmnp-tv-z]{26}$/.test(orgId)) throw invalid("invalid_id_format", "organization_id", "organization_id must be an org_ id");
  const org = keyAdminOrg(ctx, orgId);
  const includeRevoked = qBool(ctx.url, "include_revoked") ?? false;
  const keys = Object.values(ctx.state.apiKeys).filter((k) => k.organization_id === org.id && (includeRevoked || k.revoked_at === null));
  const page = paginate(keys, {
    url: ctx.url,
    key: (k) => [k.created_at, k.id],
    desc: [true, true],
    id: (k) => k.id,
    scope: ["listApiKeys", org.id, includeRevoked],
  });
  return { items: page.items.map((k) => apiKeyWire(k, ctx.now)), pagination: page.pagination };
}

async function createApiKey(ctx: Ctx) {
  const body = await readJson(ctx, {
    organization_id: { type: "id", prefix: "org", required: true },
    name: { type: "string", required: true, min: 1, max: 63 },
    expires_at: { type: "string", format: "date-time" },
  });
  const org = keyAdminOrg(ctx, body.organization_id);
  let expires: number | null = null;
  if (body.expires_at !== undefined) {
    expires = Date.parse(body.expires_at);
    if (expires <= ctx.now || expires > ctx.now + MAX_LIFETIME_MS) {
      throw invalid("invalid_field_value", "expires_at", "expires_at must be in the future and at most 8760 hours away");
    }
  }
  const key: ApiKeyRec = {
    id: makeId(ctx.engine, "key"),
    name: body.name,
    organization_id: org.id,
    owner_id: ctx.caller.user.id,
    created_at: ctx.now,
    expires_at: expires,
    revoked_at: null,
    secret: apiKeySecret(ctx.now, ctx.engine.random),
    quota_limit: null,
  };
  ctx.state.apiKeys[key.id] = key;
  return { api_key: apiKeyWire(key, ctx.now), secret: key.secret };
}

async function revokeApiKey(ctx: Ctx) {
  const key = ctx.state.apiKeys[ctx.params.api_key_id!];
  if (!key) throw notFound("API key");
  keyAdminOrg(ctx, key.organization_id);
  await readJson(ctx, { reason: { type: "string", nullable: true, min: 1, max: 500 } });
  if (key.revoked_at !== null) throw precondition("the API key is already revoked");
  key.revoked_at = ctx.now;
  return { api_key: apiKeyWire(key, ctx.now) };
}

/** Routes of the api-keys resource. */
export const apiKeyRoutes = [
  route("listApiKeys", "GET", "/v1beta/api-keys", listApiKeys),
  route("createApiKey", "POST", "/v1beta/api-keys", createApiKey),
  route("revokeApiKey", "POST", "/v1beta/api-keys/{api_key_id}/revoke", revokeApiKey),
];
