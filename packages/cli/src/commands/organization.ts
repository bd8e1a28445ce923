// The organization a command acts on: --org, else the one the key belongs to (read from the quota,
// which every key may see).
import type { FactifyClient } from "@factify/core";
import { getOrganizationQuota } from "@factify/usage";

/** The organization id to use. */
export async function organizationOf(client: FactifyClient, flag: string | undefined): Promise<string> {
  if (flag) return flag;
  const { quota } = await getOrganizationQuota(client, {});
  if (!quota?.organization_id) throw new Error("the API did not say which organization this key belongs to: pass --org");
  return quota.organization_id;
}
