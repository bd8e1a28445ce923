// The command tree and the runner: finds the command, rejects unknown flags, prints help, runs it, and
// turns whatever it threw into one line on stderr and an exit code (see internal/exit-codes.ts).
import { type ArgsDef, type CommandDef, defineCommand, renderUsage, runCommand } from "citty";
import { accessRequestsCommand } from "./commands/access-requests";
import { apiKeysCommand } from "./commands/api-keys";
import { loginCommand, logoutCommand } from "./commands/auth";
import { completeWords, completionCommand } from "./commands/completion";
import { documentsCommand } from "./commands/documents";
import { requestCommand } from "./commands/request";
import { sharingCommand } from "./commands/sharing";
import { usageCommand } from "./commands/usage";
import { versionsCommand } from "./commands/versions";
import { codeOf, describeError, exitCodeFor, requestIdOf, UsageError } from "./internal/errors";
import { ExitCode } from "./internal/exit-codes";
import { globalArgs } from "./internal/global-args";

const EXIT_HELP = `
Environment: FACTIFY_API_KEY (key), FACTIFY_SERVER_URL (server), XDG_CONFIG_HOME (where login saves).
Exit codes: 0 ok, 1 API or network error, 2 usage error, 3 some items of a bulk job failed, 130 interrupted.`;

/** The whole `factify` command tree. */
export const root: CommandDef = defineCommand({
  meta: { name: "factify", version: __CLI_VERSION__, description: "Factify from the command line" },
  subCommands: {
    documents: documentsCommand,
    versions: versionsCommand,
    sharing: sharingCommand,
    "access-requests": accessRequestsCommand,
    "api-keys": apiKeysCommand,
    usage: usageCommand,
    request: requestCommand,
    login: loginCommand,
    logout: logoutCommand,
    completion: completionCommand,
  },
});

const GLOBAL_VALUE_FLAGS = new Set(Object.entries(globalArgs as ArgsDef).filter(([, d]) => d.type === "string").map(([n]) => `--${n}`));

/** Walks the tree along the leading words; returns the command reached, its parents' names and the rest of argv. */
async function locate(argv: readonly string[], path: string[]) {
  let command = root;
  const rest: string[] = [];
  const leading: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const word = argv[i]!;
    const subs = command.subCommands as Record<string, CommandDef> | undefined;
    if (!subs) break;
    if (word.startsWith("-")) {
      // A global flag before the command words (`factify --json documents list`) moves to the end.
      leading.push(word);
      if (GLOBAL_VALUE_FLAGS.has(word) && i + 1 < argv.length) leading.push(argv[++i]!);
      continue;
    }
    const next = subs[word];
    if (!next) throw new UsageError(`unknown command "${word}" for "${path.join(" ")}"`);
    command = next;
    path.push(word);
  }
  rest.push(...argv.slice(i), ...leading);
  return { command, path, rest };
}

/** Rejects flags the command does not declare (citty would silently accept them). */
function checkFlags(args: ArgsDef, argv: readonly string[]): void {
  const known = new Map<string, string>();
  for (const [name, def] of Object.entries(args)) {
    if (def.type === "positional") continue;
    known.set(name, def.type ?? "string");
    for (const alias of [("alias" in def ? def.alias : undefined) ?? []].flat()) known.set(alias, def.type ?? "string");
  }
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === "--") break;
    if (!word.startsWith("-") || word === "-") continue;
    const name = word.replace(/^--?/, "").split("=")[0]!;
    const type = known.get(name) ?? (name.startsWith("no-") && known.get(name.slice(3)) === "boolean" ? "boolean" : undefined);
    if (!type) throw new UsageError(`unknown flag ${word.split("=")[0]}`);
    if (type !== "boolean" && !word.includes("=")) {
      if (i + 1 >= argv.length) throw new UsageError(`flag ${word} needs a value`);
      i++;
    }
  }
}

async function usageOf(command: CommandDef, path: readonly string[]): Promise<string> {
  // citty names a command by its meta (ours carry descriptions only) or by argv[1]: give it the path.
  const meta = (command.meta ?? {}) as Record<string, unknown>;
  const named = { ...command, meta: { ...meta, name: path.at(-1) } };
  const parent = path.length > 1 ? defineCommand({ meta: { name: path.slice(0, -1).join(" ") } }) : undefined;
  let text = `${await renderUsage(named, parent)}\n${EXIT_HELP}\n`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing colour codes is the point.
  if (!process.stdout.isTTY || process.env.NO_COLOR) text = text.replace(/\x1b\[[0-9;]*m/g, "");
  return text.replace(/[ \t]+$/gm, "");
}

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const debug = argv.includes("--debug");
  const json = argv.includes("--json");
  const path: string[] = ["factify"];
  try {
    if (argv[0] === "__complete") {
      process.stdout.write((await completeWords(root, argv.slice(1))).map((c) => `${c}\n`).join(""));
      return ExitCode.ok;
    }
    if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
      process.stdout.write(`${__CLI_VERSION__}\n`);
      return ExitCode.ok;
    }
    const located = await locate(argv, path);
    const { command, rest } = located;
    if (rest.includes("--help") || rest.includes("-h") || argv.length === 0) {
      process.stdout.write(await usageOf(command, path));
      return ExitCode.ok;
    }
    if (command.subCommands) {
      process.stderr.write(await usageOf(command, path));
      throw new UsageError(`"${path.join(" ")}" needs a command`);
    }
    checkFlags((command.args ?? {}) as ArgsDef, rest);
    const { result } = await runCommand(command, { rawArgs: rest });
    return typeof result === "number" ? result : ExitCode.ok;
  } catch (error) {
    const code = exitCodeFor(error);
    if (json) {
      // The same facts as the stderr line, for scripts that read stdout.
      const message = error instanceof Error ? error.message : String(error);
      const kind = code === ExitCode.usage ? "usage_error" : code === ExitCode.interrupted ? "interrupted" : codeOf(error);
      process.stdout.write(`${JSON.stringify({ error: { code: kind, message, request_id: requestIdOf(error) ?? null, exit_code: code } })}\n`);
    }
    if (code === ExitCode.interrupted) {
      process.stderr.write("factify: interrupted\n");
      return code;
    }
    process.stderr.write(`factify: ${code === ExitCode.apiError ? describeError(error) : (error as Error).message ?? String(error)}\n`);
    if (code === ExitCode.usage) process.stderr.write(`Run "${path.join(" ")} --help" for usage.\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return code;
  }
}
