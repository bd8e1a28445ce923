// Shell completion. The scripts are small and ask the CLI itself (`factify __complete <words…>`)
// for candidates, so they never go stale as commands and flags change.
import type { ArgsDef, CommandDef } from "citty";
import { leaf } from "../internal/command";
import { UsageError } from "../internal/errors";
import { oneOf } from "../internal/parse";

const SCRIPTS = {
  bash: `# factify completion for bash: eval "$(factify completion bash)" in ~/.bashrc
_factify_complete() {
  local IFS=$'\\n'
  COMPREPLY=( $(compgen -W "$(factify __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)" -- "\${COMP_WORDS[COMP_CWORD]}") )
}
complete -o default -F _factify_complete factify
`,
  zsh: `#compdef factify
# factify completion for zsh: eval "$(factify completion zsh)" in ~/.zshrc (after compinit)
_factify() {
  local -a candidates
  candidates=("\${(@f)$(factify __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ -n "\${candidates[1]}" ]]; then compadd -a candidates; else _files; fi
}
compdef _factify factify
`,
  fish: `# factify completion for fish: factify completion fish > ~/.config/fish/completions/factify.fish
function __factify_complete
  set -l tokens (commandline -opc) (commandline -ct)
  factify __complete $tokens[2..-1] 2>/dev/null
end
complete -c factify -a '(__factify_complete)'
`,
} as const;

export const completionCommand = leaf({
  description: "Print a shell completion script (bash, zsh or fish)",
  args: { shell: { type: "positional", description: "bash, zsh or fish" } },
  run({ args }) {
    if (!args.shell) throw new UsageError("missing argument <shell>: bash, zsh or fish");
    process.stdout.write(SCRIPTS[oneOf(args.shell, "shell", ["bash", "zsh", "fish"] as const)]);
    return undefined;
  },
});

function flagsOf(args: ArgsDef): string[] {
  const out: string[] = [];
  for (const [name, def] of Object.entries(args)) {
    if (def.type === "positional") continue;
    out.push(`--${name}`);
    if (def.type === "boolean" && name.startsWith("no-") === false && "negativeDescription" in def) out.push(`--no-${name}`);
  }
  return [...out, "--help"];
}

/**
 * Candidates for the last of `words` (the word being typed; may be empty): subcommand names while
 * walking the tree, then the leaf's flags when the word starts with "-". Nothing means "files".
 */
export async function completeWords(root: CommandDef, words: readonly string[]): Promise<string[]> {
  let command = root;
  const typed = words.slice(0, -1);
  const current = words.at(-1) ?? "";
  for (const word of typed) {
    if (word.startsWith("-")) continue;
    const subs = (await resolve(command.subCommands)) as Record<string, CommandDef> | undefined;
    const next = subs?.[word];
    if (!next) break;
    command = next;
  }
  const subs = (await resolve(command.subCommands)) as Record<string, CommandDef> | undefined;
  const candidates = subs && !current.startsWith("-") ? Object.keys(subs).filter((n) => !n.startsWith("__")) : current.startsWith("-") ? flagsOf((await resolve(command.args)) ?? {}) : [];
  return candidates.filter((c) => c.startsWith(current));
}

async function resolve<T>(value: T | (() => T | Promise<T>) | Promise<T> | undefined): Promise<T | undefined> {
  return typeof value === "function" ? (value as () => T | Promise<T>)() : value;
}
