// `factify login` and `factify logout`. The key is read from a hidden prompt or from stdin (never
// from a flag, which other local users can see in the process list), checked against the API, and
// stored by credentials.ts with owner-only permissions. It is never echoed or printed.
import { isCancel, password } from "@clack/prompts";
import { createFactify } from "@factify/core";
import { listDocuments } from "@factify/documents";
import { leaf } from "../internal/command";
import { removeCredentials, saveCredentials } from "../internal/credentials";
import { InterruptedError, UsageError } from "../internal/errors";
import { emit } from "../internal/output";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").trim();
}

async function askForKey(): Promise<string> {
  const value = await password({ message: "Factify API key", mask: "*", output: process.stderr });
  if (isCancel(value)) throw new InterruptedError();
  return value.trim();
}

export const loginCommand = leaf({
  description: "Save an API key for later commands (read from a hidden prompt, or stdin when piped)",
  args: {
    verify: {
      type: "boolean",
      default: true,
      description: "Check the key against the API before saving it",
      negativeDescription: "Save the key without checking it",
    },
  },
  async run({ args, flags }) {
    if (flags["api-key"]) throw new UsageError("login reads the key from a prompt or stdin, not from --api-key");
    const key = process.stdin.isTTY ? await askForKey() : await readStdin();
    if (!key) throw new UsageError("no API key given");
    if (/\s/.test(key)) throw new UsageError("the API key must not contain spaces or line breaks");
    const serverURL = flags["server-url"] || process.env.FACTIFY_SERVER_URL || undefined;
    if (args.verify !== false) {
      // Any authenticated read proves the key; its failure is reported like any API error.
      await listDocuments(createFactify({ bearerAuth: key, serverURL, retryConfig: false }), { page_size: 1 });
    }
    const file = await saveCredentials({ api_key: key, ...(serverURL ? { server_url: serverURL } : {}) });
    emit(args.json, { saved: file, verified: args.verify !== false }, () => `Logged in. The key is saved in ${file} (readable by you only).`);
    return undefined;
  },
});

export const logoutCommand = leaf({
  description: "Remove the saved API key",
  async run({ args }) {
    const removed = await removeCredentials();
    emit(args.json, { removed }, () => (removed ? "Logged out: the saved key is removed." : "No saved key."));
    return undefined;
  },
});

