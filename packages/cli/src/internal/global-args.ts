// Flags every command accepts. They are declared on each command (so `--help` lists them and they
// may appear anywhere on the line) rather than on the root only.
import type { ArgsDef } from "citty";

export const globalArgs = {
  json: { type: "boolean", description: "Print JSON on stdout instead of tables (progress stays on stderr)" },
  debug: { type: "boolean", description: "Show HTTP debug lines and stack traces (secrets redacted)" },
  "api-key": {
    type: "string",
    valueHint: "key",
    description: "API key; default FACTIFY_API_KEY, then the key saved by `factify login` (a flag is visible to other local users: prefer those)",
  },
  "server-url": { type: "string", valueHint: "url", description: "API base URL; default FACTIFY_SERVER_URL, then https://api.factify.com" },
} as const satisfies ArgsDef;

/** The parsed values of the global flags. */
export interface GlobalFlags {
  json?: boolean;
  debug?: boolean;
  "api-key"?: string;
  "server-url"?: string;
}
