// Every operation of the API, in one table.
import { accessRequestRoutes } from "./handlers/access-requests";
import { apiKeyRoutes } from "./handlers/api-keys";
import { documentListRoutes } from "./handlers/document-list";
import { documentRoutes } from "./handlers/documents";
import { entryPageRoutes } from "./handlers/entry-pages";
import { inviteRoutes } from "./handlers/invites";
import { memberRoutes } from "./handlers/members";
import { organizationRoutes } from "./handlers/organizations";
import { policyRoutes } from "./handlers/policies";
import { sharingRoutes } from "./handlers/sharing";
import { timelineRoutes } from "./handlers/timelines";
import { usageRoutes } from "./handlers/usage";
import { userRoutes } from "./handlers/users";
import { versionRoutes } from "./handlers/versions";
import type { Route } from "./router";

/** All 59 routes. */
export const ROUTES: readonly Route[] = [
  ...documentListRoutes,
  ...documentRoutes,
  ...versionRoutes,
  ...sharingRoutes,
  ...accessRequestRoutes,
  ...policyRoutes,
  ...timelineRoutes,
  ...entryPageRoutes,
  ...organizationRoutes,
  ...inviteRoutes,
  ...memberRoutes,
  ...apiKeyRoutes,
  ...usageRoutes,
  ...userRoutes,
];
