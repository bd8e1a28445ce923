// Every operation of the API, in one table.
import { accessRequestRoutes } from "./access-requests";
import { apiKeyRoutes } from "./api-keys";
import { documentListRoutes } from "./document-list";
import { documentRoutes } from "./documents";
import { entryPageRoutes } from "./entry-pages";
import { inviteRoutes } from "./invites";
import { memberRoutes } from "./members";
import { organizationRoutes } from "./organizations";
import { policyRoutes } from "./policies";
import type { Route } from "./route";
import { sharingRoutes } from "./sharing";
import { timelineRoutes } from "./timelines";
import { usageRoutes } from "./usage";
import { userRoutes } from "./users";
import { versionRoutes } from "./versions";

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
