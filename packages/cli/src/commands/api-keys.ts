// `factify api-keys list|create|revoke`. `create` prints the new key's secret once, on stdout, because
// that is its purpose; the key the CLI itself uses is never printed.
import { type ApiKey, createApiKey, listApiKeys, revokeApiKey } from "@factify/api-keys";
import { group, leaf } from "../internal/command";
import { type Column, emit, renderFields, renderTable } from "../internal/output";
import { required } from "../internal/parse";
import { organizationOf } from "./organization";

const org = { type: "string", valueHint: "org_…", description: "Organization (default: the key's own)" } as const;

const columns: Column<ApiKey>[] = [
  { header: "id", value: (k) => k.id },
  { header: "name", value: (k) => k.name },
  { header: "prefix", value: (k) => k.key_prefix },
  { header: "active", value: (k) => (k.is_active ? "yes" : "no") },
  { header: "created", value: (k) => k.created_at },
  { header: "expires", value: (k) => k.expires_at },
];

const list = leaf({
  description: "List the organization's API keys",
  args: { org, "include-revoked": { type: "boolean", description: "Include revoked keys" } },
  async run({ args, client }) {
    const c = await client();
    const keys: ApiKey[] = [];
    const pages = listApiKeys(c, { organization_id: await organizationOf(c, args.org), page_size: 100, ...(args["include-revoked"] ? { include_revoked: true } : {}) });
    for await (const key of pages.items()) keys.push(key);
    emit(args.json, keys, () => (keys.length ? renderTable(keys, columns) : "No API keys."));
    return undefined;
  },
});

const create = leaf({
  description: "Create an API key and print its secret (shown only this once)",
  args: {
    name: { type: "string", required: true, description: "Name of the key" },
    expires: { type: "string", valueHint: "date", description: "Expiry (RFC 3339 date-time)" },
    org,
  },
  async run({ args, client }) {
    const c = await client();
    const result = await createApiKey(c, {
      name: required(args.name, "--name"),
      organization_id: await organizationOf(c, args.org),
      ...(args.expires ? { expires_at: args.expires } : {}),
    });
    if (!args.json) process.stderr.write("Store this secret now: it is not shown again.\n");
    emit(args.json, result, () => `${renderFields([["id", result.api_key.id], ["name", result.api_key.name]])}\nsecret: ${result.secret}`);
    return undefined;
  },
});

const revoke = leaf({
  description: "Revoke an API key",
  args: {
    id: { type: "positional", description: "API key id" },
    reason: { type: "string", description: "Why (kept in the audit trail)" },
  },
  async run({ args, client }) {
    const { api_key } = await revokeApiKey(await client(), { api_key_id: required(args.id, "id"), ...(args.reason ? { reason: args.reason } : {}) });
    emit(args.json, api_key, () => `Revoked ${api_key.id} (${api_key.name}).`);
    return undefined;
  },
});

export const apiKeysCommand = group("List, create and revoke API keys (rotate: create, switch, revoke)", { list, create, revoke });
