// What factify-mock prints once it listens: where to point the SDK, the demo users with their
// credentials, and which operations refuse API keys.
import { DEMO_USERS, type DemoUserName } from "../demo/demo-users";
import { ROUTES } from "../handlers/routes";
import type { DemoNames } from "../state/store";

/** What the banner shows. */
export interface BannerInput {
  version: string;
  /** The server's base URL, e.g. http://127.0.0.1:4010 */
  url: string;
  dataFile: string | undefined;
  demo: DemoNames;
  /** Organization names by demo key (acme, globex). */
  organizationNames: Readonly<Record<string, string>>;
}

/** Operations that answer only to user tokens (an API key gets 401 authentication_required). */
export function userTokenOperations(): { op: string; method: string; path: string }[] {
  return ROUTES.filter((r) => r.auth === "user").map(({ op, method, path }) => ({ op, method, path }));
}

/** Returns the banner text, ending with a newline. */
export function banner({ version, url, dataFile, demo, organizationNames }: BannerInput): string {
  const lines = [
    `factify-mock ${version} listening on ${url}`,
    "",
    `  serverURL   ${url}    <- createFactify({ serverURL: "${url}" }); the SDK adds /v1beta itself`,
    `  API paths   ${url}/v1beta/...`,
    `  test hooks  ${url}/__mock (reset, faults, clock, invite tokens)`,
  ];
  if (dataFile) lines.push(`  data file   ${dataFile} (saved after every change)`);
  const names = (Object.keys(DEMO_USERS) as DemoUserName[]).filter((n) => demo.users[n]);
  if (names.length === 0) {
    lines.push("", "No demo data (--no-seed). Create users with POST /__mock/users.");
  } else {
    lines.push("", "Demo users (the same ids and credentials on every start):");
    for (const name of names) {
      const u = DEMO_USERS[name];
      const where = u.organization ? `${u.role} of ${organizationNames[u.organization] ?? u.organization}` : "in no organization";
      lines.push(`  ${name.padEnd(9)} ${u.name} <${u.email}>, ${where}`);
      lines.push(`    id          ${demo.users[name]}`);
      const key = demo.tokens[name];
      lines.push(`    API key     ${key ?? "(none: not in an organization)"}`);
      lines.push(`    user token  ${demo.userTokens[name]}`);
    }
  }
  const ops = userTokenOperations().map((o) => `${o.op} (${o.method} ${o.path})`);
  lines.push("", `Send "Authorization: Bearer <API key or user token>". These need a user token (an API key gets 401): ${ops.join(", ")}.`);
  return `${lines.join("\n")}\n`;
}
