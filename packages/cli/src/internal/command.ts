// A thin layer over citty's defineCommand for leaf commands: adds the global flags, hands the
// handler a lazily created client, and lets the handler return an exit code.
import type { FactifyClient } from "@factify/core";
import { type ArgsDef, type CommandDef, defineCommand, type ParsedArgs } from "citty";
import { clientFor, resolveTarget } from "./client";
import type { ExitCodeValue } from "./exit-codes";
import { type GlobalFlags, globalArgs } from "./global-args";

/** What a leaf command's handler receives. */
export interface CommandInput<A extends ArgsDef> {
  args: ParsedArgs<A & typeof globalArgs>;
  flags: GlobalFlags;
  /** Creates the client on first use (so `--help` and usage errors never need a key). */
  client(): Promise<FactifyClient>;
}

/** Defines a leaf command (a verb) with the global flags added to its own. */
export function leaf<const A extends ArgsDef>(def: {
  description: string;
  args?: A;
  run(input: CommandInput<A>): Promise<ExitCodeValue | undefined> | ExitCodeValue | undefined;
}): CommandDef<A & typeof globalArgs> {
  const args = { ...(def.args ?? ({} as A)), ...globalArgs } as A & typeof globalArgs;
  return defineCommand({
    meta: { description: def.description },
    args,
    run: async ({ args: parsed }) => {
      const flags = parsed as unknown as GlobalFlags;
      let client: FactifyClient | undefined;
      return def.run({
        args: parsed,
        flags,
        client: async () => {
          client ??= clientFor(await resolveTarget(flags), flags);
          return client;
        },
      });
    },
  });
}

/** Defines a noun: a group of verbs. */
export function group(description: string, subCommands: Record<string, CommandDef<any>>): CommandDef {
  return defineCommand({ meta: { description }, subCommands });
}
