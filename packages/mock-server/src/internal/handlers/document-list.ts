// listDocuments: the caller's documents with the spec's filters (AND across parameters, OR
// within repeated ones), sorting and cursor pagination.
import { accessLevelOf } from "../domain/access-levels";
import type { Ctx } from "../domain/context";
import { roleOf } from "../domain/permissions";
import { invalid } from "../http/api-error";
import { paginate, type SortKey } from "../http/pagination";
import { qBool, qDate, qEnums, qIds, qString } from "../http/query";
import type { DocumentRec } from "../state/store";
import { documentWire } from "../views/shapes";
import { route } from "./route";

const ACCESS_LEVELS = ["private", "organization", "public"] as const;
const STATUSES = ["processing", "ready", "failed"] as const;
const FORMATS = ["pdf", "docx", "xlsx", "csv", "markdown"] as const;
const SORTS = ["created_at", "updated_at", "name", "last_viewed_at", "last_shared_at"];

function listable(ctx: Ctx, d: DocumentRec): boolean {
  const s = ctx.state;
  const uid = ctx.caller.user.id;
  if (!roleOf(s, d, ctx.caller)) return false;
  if (d.owner_id === uid) return true;
  if (s.grants.some((g) => g.document_id === d.id && g.recipient_id === uid)) return true;
  if (d.general === "organization" && ctx.caller.memberships.some((m) => m.organization_id === d.organization_id)) return true;
  // Link-shared documents of other organizations show up once the caller has opened them.
  return s.views[d.id]?.[uid] !== undefined;
}

function listDocuments(ctx: Ctx) {
  const { url, state: s } = ctx;
  const uid = ctx.caller.user.id;
  const after = qDate(url, "created.after");
  const before = qDate(url, "created.before");
  const creators = qIds(url, "created_by_id", ["user", "bot"]);
  const levels = qEnums(url, "access_level", ACCESS_LEVELS);
  const statuses = qEnums(url, "processing_status", STATUSES);
  const ownership = qEnums(url, "ownership", ["owned", "not_owned"] as const);
  const trash = qEnums(url, "trash_state", ["active", "trashed"] as const);
  const formats = qEnums(url, "source_format", FORMATS);
  const orgScope = qBool(url, "organization_scope");
  const query = qString(url, "query")?.toLowerCase();
  const titleHas = qString(url, "title_contains", 255)?.toLowerCase();
  const descHas = qString(url, "description_contains", 255)?.toLowerCase();
  const sortRaw = qString(url, "sort") ?? "-created_at";
  const desc = sortRaw.startsWith("-");
  const sort = desc ? sortRaw.slice(1) : sortRaw;
  if (!SORTS.includes(sort)) throw invalid("invalid_enum_value", "sort", `sort must be one of: ${SORTS.join(", ")} (with an optional - prefix)`);
  const trashStates = trash.length ? trash : ["active"];
  const statusOf = (d: DocumentRec) => (d.current_version_id ? s.versions[d.current_version_id]?.status : undefined) ?? "processing";
  const sharedAt = (d: DocumentRec) => s.grants.find((g) => g.document_id === d.id && g.recipient_id === uid)?.granted_at ?? null;
  const docs = Object.values(s.documents).filter((d) => {
    if (!listable(ctx, d)) return false;
    if (after !== undefined && d.created_at < after) return false;
    if (before !== undefined && d.created_at > before) return false;
    if (creators.length && !creators.includes(d.created_by.id)) return false;
    if (levels.length && !levels.includes(accessLevelOf(d.general))) return false;
    if (statuses.length && !statuses.includes(statusOf(d))) return false;
    if (ownership.length && !ownership.includes(d.owner_id === uid ? "owned" : "not_owned")) return false;
    if (!trashStates.includes(d.trashed_at === null ? "active" : "trashed")) return false;
    if (formats.length && !formats.includes(d.source_format)) return false;
    if (orgScope && d.organization_id !== ctx.caller.orgId) return false;
    const title = d.title.toLowerCase();
    const description = d.description?.toLowerCase();
    if (query && !title.includes(query) && !description?.includes(query)) return false;
    if (titleHas && !title.includes(titleHas)) return false;
    if (descHas && !description?.includes(descHas)) return false;
    return true;
  });
  const key = (d: DocumentRec): SortKey => {
    switch (sort) {
      case "updated_at":
        return [d.updated_at, d.id];
      case "name":
        return [d.title.toLowerCase(), d.id];
      case "last_viewed_at":
        return [s.views[d.id]?.[uid] ?? null, d.id];
      case "last_shared_at":
        return [sharedAt(d), d.id];
      default:
        return [d.created_at, d.id];
    }
  };
  const filters = [...url.searchParams.entries()].filter(([k]) => k !== "page_token" && k !== "page_size").sort();
  const page = paginate(docs, { url, key, desc: [desc, desc], id: (d) => d.id, scope: ["listDocuments", uid, filters] });
  return { items: page.items.map((d) => documentWire(ctx, d)), pagination: page.pagination };
}

/** The listDocuments route. */
export const documentListRoutes = [route("listDocuments", "GET", "/v1beta/documents", listDocuments)];
