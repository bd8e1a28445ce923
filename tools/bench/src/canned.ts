// Canned API responses for the benchmark server: a document with every field the spec defines
// (so the SDK's validation does its full work) and a 50-document list page.

const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

/** A TypeID-shaped id (`prefix_` + 26 lowercase Crockford base32 chars) derived from a number. */
export function typeId(prefix: string, n: number): string {
  let out = "";
  let x = n + 1;
  for (let i = 0; i < 26; i++) {
    out = alphabet[x % 32] + out;
    x = Math.floor(x / 32);
  }
  return `${prefix}_${out}`;
}

/** A complete Document object, number `n`. */
export function cannedDocument(n: number): Record<string, unknown> {
  const id = typeId("doc", n);
  const day = String(1 + (n % 28)).padStart(2, "0");
  return {
    id,
    url: `https://app.factify.com/d/${id.slice(4)}`,
    title: `Master services agreement ${n}`,
    access_level: "organization",
    general_access: "organization",
    processing_status: "ready",
    current_version: { id: typeId("ver", n) },
    source_format: "pdf",
    created_at: `2026-01-${day}T09:30:00Z`,
    updated_at: `2026-02-${day}T16:45:12Z`,
    last_viewed_at: `2026-03-${day}T08:00:00Z`,
    created_by: { id: typeId("user", 7), type: "user", name: "Ada Lovelace" },
    owner_organization_id: typeId("org", 3),
    is_demo: false,
    thumbnail_url: `https://cdn.factify.com/thumbnails/${id}.png`,
    permission_set: {
      view: true,
      open: true,
      list_versions: true,
      create_version: true,
      export: true,
      copy_content: true,
      screenshot: true,
      comment_public: true,
      comment_private: true,
      grant_access: true,
      manage_access: true,
      attach_policy: true,
      trash: true,
      view_timeline: true,
      view_analytics: true,
      view_leads: true,
    },
  };
}

/** Body of GET /v1beta/documents/{id}. */
export function getDocumentBody(): Record<string, unknown> {
  return { document: cannedDocument(0) };
}

/** Body of GET /v1beta/documents with `size` items and no further page. */
export function listDocumentsBody(size = 50): Record<string, unknown> {
  return {
    items: Array.from({ length: size }, (_, i) => cannedDocument(i)),
    pagination: { has_more: false, next_page_token: "", prev_page_token: "" },
  };
}
