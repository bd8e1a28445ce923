import { InvalidRequestError } from "../errors";
import type { BearerAuth } from "../types";

// A header value may not contain control characters; a token read from a file often ends in "\n".
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/**
 * Resolves the bearer token for one attempt, calling a token function every time so rotation works.
 * Errors thrown by a token function propagate unchanged.
 * @throws InvalidRequestError when no usable token results.
 */
export async function resolveToken(auth: BearerAuth | undefined): Promise<string> {
  if (auth === undefined) {
    throw new InvalidRequestError("bearerAuth is required: pass an API key or a token function to createFactify", {
      field: "bearerAuth",
    });
  }
  const token = typeof auth === "function" ? await auth() : auth;
  if (typeof token !== "string" || token.trim() === "") {
    throw new InvalidRequestError(
      `bearerAuth must ${typeof auth === "function" ? "return" : "be"} a non-empty string, got ${describe(token)}`,
      { field: "bearerAuth" },
    );
  }
  if (hasControlCharacter(token)) {
    throw new InvalidRequestError("bearerAuth contains control characters (a trailing newline?)", { field: "bearerAuth" });
  }
  return token;
}

function describe(value: unknown): string {
  return value === "" ? "an empty string" : value === null ? "null" : typeof value;
}
