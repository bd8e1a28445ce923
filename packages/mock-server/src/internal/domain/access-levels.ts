// A document's visibility is stored once, as its general access; the Document's `access_level`
// is the same setting under other names (private = restricted, public = anyone_with_link).
import type { GeneralAccess } from "../state/store";

/** Maps the stored general access to the Document's AccessLevel. */
export function accessLevelOf(general: GeneralAccess): "private" | "organization" | "public" {
  return general === "restricted" ? "private" : general === "organization" ? "organization" : "public";
}

/** Maps an AccessLevel to the stored general access. */
export function generalOf(level: "private" | "organization" | "public"): GeneralAccess {
  return level === "private" ? "restricted" : level === "organization" ? "organization" : "anyone_with_link";
}
