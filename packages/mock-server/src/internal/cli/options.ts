// The factify-mock command line: each option, its environment variable and its help, in one table,
// and a parser that tells usage mistakes (answered with the usage text) from everything else.

/** What the command was asked to do. */
export type Invocation =
  | { kind: "serve"; options: CliOptions }
  | { kind: "help" }
  | { kind: "version" }
  /** A mistake in the command line or the environment: print `message` and the usage. */
  | { kind: "usage-error"; message: string };

/** The settings of one run. */
export interface CliOptions {
  port: number;
  host: string;
  dataFile: string | undefined;
  seed: boolean;
  rateLimit: boolean;
  processingDelayMs: number;
}

interface OptionSpec {
  flag: string;
  env: string;
  /** A value option shows its placeholder; a switch has none. */
  value?: string;
  help: string;
  default?: string;
}

/** Every option, with its environment variable. The command line wins over the environment. */
export const OPTIONS: readonly OptionSpec[] = [
  { flag: "--port", env: "FACTIFY_MOCK_PORT", value: "<port>", help: "TCP port to listen on; 0 lets the system pick a free one", default: "4010" },
  { flag: "--host", env: "FACTIFY_MOCK_HOST", value: "<address>", help: "interface to bind; keep the default to stay on this machine", default: "127.0.0.1" },
  { flag: "--data", env: "FACTIFY_MOCK_DATA", value: "<file>", help: "JSON file: state is loaded from it at start and saved to it after every change" },
  { flag: "--no-seed", env: "FACTIFY_MOCK_SEED=false", help: "start empty instead of with the demo organizations, users and documents" },
  { flag: "--no-rate-limit", env: "FACTIFY_MOCK_RATE_LIMIT=false", help: "answer every request instead of enforcing 1000 per minute (100 POST) per credential" },
  { flag: "--processing-delay", env: "FACTIFY_MOCK_PROCESSING_DELAY_MS", value: "<ms>", help: "how long uploads stay `processing`; 0 = ready on the next request", default: "25" },
  { flag: "--version", env: "", help: "print the version and exit" },
  { flag: "--help", env: "", help: "print this help and exit" },
];

/** The usage text: synopsis, then one line per option with its environment variable. */
export function usage(): string {
  const rows = OPTIONS.map((o) => {
    const left = `  ${o.flag}${o.value ? ` ${o.value}` : ""}`;
    const env = o.env ? ` [env ${o.env}]` : "";
    const def = o.default ? ` (default ${o.default})` : "";
    return `${left.padEnd(30)}${o.help}${def}${env}`;
  });
  return `Usage: factify-mock [options]\n\nRuns a local, stateful Factify API for tests and development.\n\n${rows.join("\n")}\n`;
}

function parsePort(text: string, source: string): number | string {
  const t = text.trim();
  if (/^-\d+$/.test(t)) return `${source} cannot be negative (got ${t}): use a port from 1 to 65535, or 0 to let the system choose`;
  if (!/^\d+$/.test(t)) return `${source} must be a port number from 0 to 65535 (got ${JSON.stringify(text)})`;
  const port = Number(t);
  if (port > 65535) return `${source} must be at most 65535, the highest TCP port (got ${t})`;
  return port;
}

function parseDelay(text: string, source: string): number | string {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return `${source} must be a whole number of milliseconds, 0 or more (got ${JSON.stringify(text)})`;
  return Number(t);
}

function parseSwitch(text: string, source: string): boolean | string {
  const t = text.trim().toLowerCase();
  if (["1", "true", "yes", "on"].includes(t)) return true;
  if (["0", "false", "no", "off"].includes(t)) return false;
  return `${source} must be true or false (got ${JSON.stringify(text)})`;
}

/** Reads the command line (without `node` and the script) and the environment. */
export function parseInvocation(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Invocation {
  const given: Record<string, string> = {};
  const switches: Record<string, boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") return { kind: "help" };
    if (arg === "--version" || arg === "-v") return { kind: "version" };
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = OPTIONS.find((o) => o.flag === name && o.value);
    if (spec) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith("--"))) return { kind: "usage-error", message: `${name} needs a value: ${name} ${spec.value}` };
      given[name] = value;
      continue;
    }
    if (eq < 0 && (arg === "--seed" || arg === "--rate-limit")) {
      switches[arg] = true;
      continue;
    }
    if (eq < 0 && (arg === "--no-seed" || arg === "--no-rate-limit")) {
      switches[arg.replace("--no-", "--")] = false;
      continue;
    }
    return { kind: "usage-error", message: arg.startsWith("-") ? `unknown option ${arg}` : `unexpected argument ${JSON.stringify(arg)}` };
  }

  const pick = (flag: string, envName: string): [string, string] | undefined => {
    if (given[flag] !== undefined) return [given[flag]!, flag];
    const fromEnv = env[envName];
    return fromEnv !== undefined && fromEnv !== "" ? [fromEnv, envName] : undefined;
  };
  const portIn = pick("--port", "FACTIFY_MOCK_PORT");
  const port = portIn ? parsePort(...portIn) : 4010;
  if (typeof port === "string") return { kind: "usage-error", message: port };
  const delayIn = pick("--processing-delay", "FACTIFY_MOCK_PROCESSING_DELAY_MS");
  const delay = delayIn ? parseDelay(...delayIn) : 25;
  if (typeof delay === "string") return { kind: "usage-error", message: delay };
  const flagOrEnv = (flag: string, envName: string): boolean | string => {
    if (switches[flag] !== undefined) return switches[flag]!;
    const fromEnv = env[envName];
    return fromEnv !== undefined && fromEnv !== "" ? parseSwitch(fromEnv, envName) : true;
  };
  const seed = flagOrEnv("--seed", "FACTIFY_MOCK_SEED");
  if (typeof seed === "string") return { kind: "usage-error", message: seed };
  const rateLimit = flagOrEnv("--rate-limit", "FACTIFY_MOCK_RATE_LIMIT");
  if (typeof rateLimit === "string") return { kind: "usage-error", message: rateLimit };
  const host = pick("--host", "FACTIFY_MOCK_HOST")?.[0] ?? "127.0.0.1";
  const dataFile = pick("--data", "FACTIFY_MOCK_DATA")?.[0];
  return { kind: "serve", options: { port, host, dataFile, seed, rateLimit, processingDelayMs: delay } };
}
