// The signed-in user: profile with organizations, and onboarding preferences. User tokens only.
import type { Ctx } from "../domain/context";
import { orgWire, userWire } from "../views/shapes";
import { route } from "./route";

function getMe(ctx: Ctx) {
  const orgs = ctx.caller.memberships.map((m) => ctx.state.orgs[m.organization_id]).filter((o) => o !== undefined);
  return { user: userWire(ctx.caller.user), organizations: orgs.map(orgWire) };
}

function getUserPreferences(ctx: Ctx) {
  const u = ctx.caller.user;
  return { has_completed_document_tour: u.has_completed_document_tour, has_completed_hub_onboarding: u.has_completed_hub_onboarding };
}

/** Routes of the users resource. */
export const userRoutes = [
  route("getMe", "GET", "/v1beta/me", getMe, "user"),
  route("getUserPreferences", "GET", "/v1beta/user-preferences", getUserPreferences, "user"),
];
