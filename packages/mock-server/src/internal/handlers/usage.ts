// Usage and quotas: the organization's monthly request quota, per-key limits and daily history.
import type { Ctx } from "../domain/context";
import { callerManages } from "../domain/memberships";
import { orgForMember, orgManagedBy } from "../domain/organizations";
import { dayKey, effectiveLimit, keyUsage, orgUsage, periodOf } from "../domain/quotas";
import { denied, invalid, notFound } from "../http/api-error";
import { qDate, qId } from "../http/query";
import { readJson } from "../http/request-body";
import { iso } from "../state/clock";
import type { ApiKeyRec, OrgRec } from "../state/store";
import { route } from "./route";

const DAY = 86_400_000;

/** Key quotas are key management: owners and admins of the key's organization. */
function keyAdminOrg(ctx: Ctx, orgId: string): OrgRec {
  return orgManagedBy(ctx.state, ctx.caller, orgId, "manage API keys");
}

/** Resolves the organization a usage call is about: the given one or the caller's own. */
function usageOrg(ctx: Ctx, given: string | null | undefined): OrgRec {
  const orgId = given ?? ctx.caller.orgId;
  if (!orgId) throw notFound("organization");
  const org = orgForMember(ctx.state, ctx.caller, orgId);
  // Any member may read the quota of the organization it works in; other organizations need owner/admin.
  if (org.id !== ctx.caller.orgId && !callerManages(ctx.caller, org.id)) throw denied("only owners and admins may read this organization's usage");
  return org;
}

function getOrganizationQuota(ctx: Ctx) {
  const org = usageOrg(ctx, qId(ctx.url, "organization_id", "org"));
  const used = orgUsage(ctx.state, org.id, ctx.now);
  const limit = effectiveLimit(ctx.engine, org.id);
  const period = periodOf(ctx.now);
  return {
    quota: {
      organization_id: org.id,
      tier: org.request_limit === null ? "free" : "custom",
      effective_limit: limit,
      current_usage: used,
      remaining: Math.max(0, limit - used),
      usage_percent: limit > 0 ? Math.floor((used * 100) / limit) : 0,
      is_exceeded: used >= limit,
      period_start: iso(period.start),
      reset_at: iso(period.end),
    },
  };
}

function keyQuotaWire(ctx: Ctx, k: ApiKeyRec): Record<string, unknown> {
  const used = keyUsage(ctx.state, k.id, ctx.now);
  return {
    api_key_id: k.id,
    limit: k.quota_limit,
    current_usage: used,
    remaining: k.quota_limit === null ? 0 : Math.max(0, k.quota_limit - used),
    is_exceeded: k.quota_limit !== null && used >= k.quota_limit,
  };
}

function keyIn(ctx: Ctx, orgId: string | null | undefined): ApiKeyRec {
  const org = keyAdminOrg(ctx, orgId ?? ctx.caller.orgId ?? "");
  const key = ctx.state.apiKeys[ctx.params.api_key_id!];
  if (!key || key.organization_id !== org.id) throw notFound("API key");
  return key;
}

function listAPIKeyQuotas(ctx: Ctx) {
  const org = keyAdminOrg(ctx, qId(ctx.url, "organization_id", "org") ?? ctx.caller.orgId ?? "");
  const keys = Object.values(ctx.state.apiKeys)
    .filter((k) => k.organization_id === org.id && k.quota_limit !== null)
    .sort((a, b) => a.created_at - b.created_at || (a.id < b.id ? -1 : 1));
  return { quotas: keys.map((k) => keyQuotaWire(ctx, k)) };
}

async function setAPIKeyQuota(ctx: Ctx) {
  const body = await readJson(ctx, {
    limit: { type: "integer", nullable: true, exclusiveMin: 0 },
    organization_id: { type: "id", prefix: "org", nullable: true },
  });
  const key = keyIn(ctx, body.organization_id);
  if (typeof body.limit !== "number") throw invalid("missing_required_field", "limit", "limit is required");
  key.quota_limit = body.limit;
  return { quota: keyQuotaWire(ctx, key) };
}

function deleteAPIKeyQuota(ctx: Ctx) {
  const key = keyIn(ctx, qId(ctx.url, "organization_id", "org"));
  key.quota_limit = null;
  return {};
}

function getUsageHistory(ctx: Ctx) {
  const org = usageOrg(ctx, qId(ctx.url, "organization_id", "org"));
  const before = qDate(ctx.url, "date.before") ?? ctx.now;
  const after = qDate(ctx.url, "date.after") ?? before - 29 * DAY;
  if (after >= before) throw invalid("invalid_field_value", "date.after", "date.after must be earlier than date.before");
  if (before - after > 366 * DAY) throw invalid("invalid_field_value", "date.after", "the window may span at most 366 days");
  const days = ctx.state.usage[org.id] ?? {};
  const daily: { date: string; request_count: number }[] = [];
  const last = dayKey(before);
  for (let t = Date.parse(`${dayKey(after)}T00:00:00Z`); ; t += DAY) {
    const date = dayKey(t);
    daily.push({ date, request_count: days[date] ?? 0 });
    if (date >= last) break;
  }
  return { organization_id: org.id, daily_usage: daily, total_requests: daily.reduce((n, d) => n + d.request_count, 0) };
}

/** Routes of the usage resource. */
export const usageRoutes = [
  route("getOrganizationQuota", "GET", "/v1beta/quota", getOrganizationQuota),
  route("listAPIKeyQuotas", "GET", "/v1beta/quota/keys", listAPIKeyQuotas),
  route("setAPIKeyQuota", "PUT", "/v1beta/quota/keys/{api_key_id}", setAPIKeyQuota),
  route("deleteAPIKeyQuota", "DELETE", "/v1beta/quota/keys/{api_key_id}", deleteAPIKeyQuota),
  route("getUsageHistory", "GET", "/v1beta/quota/usage", getUsageHistory),
];
