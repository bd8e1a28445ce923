// Organizations: list, create, read, rename, logo upload and the public profile.
import { fromBase64 } from "../content/bytes";
import { sniffImage } from "../content/sniff";
import type { Caller, Ctx } from "../domain/context";
import { createOrg, orgForMember, orgManagedBy } from "../domain/organizations";
import { denied, invalid, notFound } from "../http/api-error";
import { paginate } from "../http/pagination";
import { qEnums } from "../http/query";
import { readJson } from "../http/request-body";
import { isUrl } from "../http/validate";
import { storeFile } from "../state/files";
import { orgWire } from "../views/shapes";
import { publicRoute, route } from "./route";

const ROLES = ["owner", "admin", "member"] as const;

function listOrganizations(ctx: Ctx) {
  const roles = qEnums(ctx.url, "role", ROLES);
  const ms = ctx.caller.memberships.filter((m) => !roles.length || roles.includes(m.role));
  const orgs = ms.map((m) => ctx.state.orgs[m.organization_id]).filter((o) => o !== undefined);
  const page = paginate(orgs, {
    url: ctx.url,
    key: (o) => [o.created_at, o.id],
    id: (o) => o.id,
    scope: ["listOrganizations", ctx.caller.user.id, [...roles].sort()],
  });
  return { items: page.items.map(orgWire), pagination: page.pagination };
}

async function createOrganization(ctx: Ctx) {
  const body = await readJson(ctx, {
    name: { type: "string", required: true, min: 1, max: 255 },
    owner_user_id: { type: "id", prefix: "user", nullable: true },
  });
  const ownerId = (body.owner_user_id as string | null | undefined) ?? ctx.caller.user.id;
  if (!ctx.state.users[ownerId]) throw notFound("user");
  if (ownerId !== ctx.caller.user.id) throw denied("an organization can only be created with the caller as its owner");
  return { organization: orgWire(createOrg(ctx.engine, body.name, ownerId)) };
}

function getOrganization(ctx: Ctx) {
  return { organization: orgWire(orgForMember(ctx.state, ctx.caller, ctx.params.organization_id!)) };
}

async function updateOrganization(ctx: Ctx) {
  const org = orgManagedBy(ctx.state, ctx.caller, ctx.params.organization_id!, "change the organization");
  const body = await readJson(ctx, {
    name: { type: "string", nullable: true, min: 1, max: 255 },
    logo_image_url: { type: "string", nullable: true, max: 1024 },
  });
  const logo = body.logo_image_url as string | null | undefined;
  if (typeof logo === "string" && logo !== "" && !isUrl(logo)) throw invalid("invalid_field_value", "logo_image_url", "logo_image_url must be an absolute URL");
  if (typeof body.name === "string") org.name = body.name;
  // null leaves the logo alone; an empty string removes it.
  if (typeof logo === "string") org.logo_image_url = logo === "" ? null : logo;
  return { organization: orgWire(org) };
}

async function uploadOrganizationLogo(ctx: Ctx) {
  orgManagedBy(ctx.state, ctx.caller, ctx.params.organization_id!, "change the organization");
  const body = await readJson(ctx, {
    image_data: { type: "string", format: "base64", min: 1, max: 2_097_152 },
    content_type: { type: "string", max: 255 },
  });
  if (body.image_data === undefined) throw invalid("missing_required_field", "image_data", "image_data is required");
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(body.image_data);
  } catch {
    throw invalid("invalid_field_value", "image_data", "image_data must be base64");
  }
  const type = sniffImage(bytes);
  if (!type) throw invalid("invalid_field_value", "image_data", "the logo must be a JPEG, PNG, WebP or SVG image");
  const file = storeFile(ctx.engine, bytes, type, "logo");
  return { logo_url: `${ctx.origin}/__mock/files/${file.id}` };
}

function getOrganizationPublicProfile(ctx: Ctx<Caller | undefined>) {
  const org = ctx.state.orgs[ctx.params.organization_id!];
  if (!org) throw notFound("organization");
  return { display_name: org.name, logo_image_url: org.logo_image_url };
}

/** Routes of the organizations resource (members and invites live in their own files). */
export const organizationRoutes = [
  route("listOrganizations", "GET", "/v1beta/organizations", listOrganizations),
  route("createOrganization", "POST", "/v1beta/organizations", createOrganization),
  route("getOrganization", "GET", "/v1beta/organizations/{organization_id}", getOrganization),
  route("updateOrganization", "PATCH", "/v1beta/organizations/{organization_id}", updateOrganization),
  route("uploadOrganizationLogo", "POST", "/v1beta/organizations/{organization_id}/logo", uploadOrganizationLogo),
  publicRoute("getOrganizationPublicProfile", "GET", "/v1beta/organizations/{organization_id}/public-profile", getOrganizationPublicProfile),
];
