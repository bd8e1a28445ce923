// `factify usage show`.
import { getOrganizationQuota } from "@factify/usage";
import { group, leaf } from "../internal/command";
import { emit, renderFields } from "../internal/output";

const show = leaf({
  description: "Show the organization's request quota and usage",
  args: { org: { type: "string", valueHint: "org_…", description: "Organization (default: the key's own)" } },
  async run({ args, client }) {
    const { quota = {} } = await getOrganizationQuota(await client(), args.org ? { organization_id: args.org } : {});
    emit(args.json, quota, () =>
      renderFields([
        ["organization", quota.organization_id],
        ["tier", quota.tier],
        ["used", quota.current_usage],
        ["limit", quota.effective_limit],
        ["remaining", quota.remaining],
        ["percent", quota.usage_percent],
        ["period start", quota.period_start],
        ["resets", quota.reset_at],
      ]),
    );
    return undefined;
  },
});

export const usageCommand = group("See API usage against the quota", { show });
