// `factify request <METHOD> <path>`: any endpoint through core's request(), with the CLI's auth,
// retries and error handling (like `gh api`). Prints the JSON response.
import { readFile } from "node:fs/promises";
import { type HttpMethod, request } from "@factify/core";
import { leaf } from "../internal/command";
import { UsageError } from "../internal/errors";
import { oneOf, required } from "../internal/parse";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const satisfies readonly HttpMethod[];

async function readData(data: string): Promise<unknown> {
  let text = data;
  if (data === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString("utf8");
  } else if (data.startsWith("@")) text = await readFile(data.slice(1), "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--data is not valid JSON: ${(error as Error).message}`);
  }
}

export const requestCommand = leaf({
  description: "Call any API endpoint, e.g. `factify request GET /v1beta/documents/quota`",
  args: {
    method: { type: "positional", description: `HTTP method: ${METHODS.join(", ")}` },
    path: { type: "positional", description: "Path from /v1beta on, with an optional ?query" },
    data: { type: "string", alias: "d", valueHint: "json|@file|-", description: "JSON body: inline, @file, or - for stdin" },
  },
  async run({ args, client }) {
    const method = oneOf(required(args.method, "method").toUpperCase(), "method", METHODS);
    const target = required(args.path, "path");
    if (!target.startsWith("/")) throw new UsageError(`<path> must start with "/", got "${target}"`);
    const [path = "/", query = ""] = target.split(/\?(.*)/s, 2);
    const body = args.data === undefined ? undefined : { kind: "json" as const, value: await readData(args.data) };
    if (body && method === "GET") throw new UsageError("--data cannot be sent with GET");
    const result = await request(await client(), { method, path, ...(query ? { query } : {}), ...(body ? { body } : {}) });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return undefined;
  },
});
