// Console output for the demo: numbered step headings, indented result lines, and a readable account
// of any SDK error.
import { APIError, isFactifyError } from "@factify/sdk";

let step = 0;

/** Prints a numbered step heading. */
export function heading(title: string): void {
  step += 1;
  console.log(`\n${step}. ${title}`);
}

/** Prints one indented line under the current step. */
export function line(text: string): void {
  console.log(`   ${text}`);
}

/** Formats an RFC 3339 timestamp as "YYYY-MM-DD HH:MM:SS" in UTC. */
export function when(timestamp: string | undefined): string {
  return timestamp ? timestamp.replace("T", " ").replace(/\.\d+Z$|Z$/, "") : "-";
}

/** Describes an SDK error in one line: class, status, code, reason and request id when present. */
export function describeError(error: unknown): string {
  if (error instanceof APIError) {
    const parts = [`${error.name}`, `HTTP ${error.status}`, `code=${error.code}`];
    if (error.reason) parts.push(`reason=${error.reason}`);
    if (error.requestId) parts.push(`request_id=${error.requestId}`);
    return `${parts.join(" ")}: ${error.message}`;
  }
  if (isFactifyError(error)) return `${error.name} (code=${error.code}): ${error.message}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
