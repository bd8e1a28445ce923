// The demo world: two organizations, five users, a bot, four documents with history, policies,
// a pending invite, usage history and ready-to-use credentials. Ids and secrets come from a
// fixed random seed, so `factify-mock` prints the same demo tokens on every run.
import { sha256HexSync, toBase64 } from "../content/bytes";
import { makePdf } from "../content/sample-pdf";
import { mimeOf } from "../content/sniff";
import { addMember, createOrg } from "../domain/organizations";
import { dayKey } from "../domain/quotas";
import { recordEvent } from "../domain/timeline";
import type { Clock } from "../state/clock";
import type { Engine } from "../state/engine";
import { apiKeySecret, base62, newId, seededRandom, userToken } from "../state/ids";
import type { DocumentRec, GeneralAccess, SourceFormat, UserRec } from "../state/store";
import { DEMO_USERS, type DemoUserName } from "./demo-users";

const DAY = 86_400_000;
/** Ids of seeded records encode this instant, not the current time, to keep them stable. */
const ID_EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0);

function fixedClock(ms: number): Clock {
  let t = ms;
  return { now: () => t++, advance: () => {}, set: () => {} };
}

/** Fills an empty state with the demo world. */
export function seedDemo(engine: Engine): void {
  const rnd = seededRandom(20260105);
  const se: Engine = { ...engine, random: rnd, clock: fixedClock(ID_EPOCH) };
  const s = engine.state;
  const now = engine.clock.now();
  const ago = (days: number, hours = 0) => now - days * DAY - hours * 3600_000;
  const demo = s.demo;

  const user = (key: DemoUserName): UserRec => {
    const { id, name, email } = DEMO_USERS[key];
    // The id is fixed in DEMO_USERS. The draw that used to make it is kept, so the tokens, keys
    // and document ids seeded after it stay the ones earlier versions printed (and users saved).
    newId("user", se.clock.now(), rnd);
    const [given = null, family = null] = name.split(" ");
    const u: UserRec = {
      id,
      name,
      email,
      given_name: given,
      family_name: family,
      profile_image_url: null,
      has_completed_document_tour: key !== "newcomer",
      has_completed_hub_onboarding: key === "owner" || key === "admin",
    };
    s.users[u.id] = u;
    demo.users[key] = u.id;
    const token = userToken(u.id, rnd);
    s.userTokens[token] = u.id;
    demo.userTokens[key] = token;
    return u;
  };
  const owner = user("owner");
  const admin = user("admin");
  const member = user("member");
  const outsider = user("outsider");
  user("newcomer");
  const bot = { id: newId("bot", se.clock.now(), rnd), name: "Factify Assistant" };
  s.bots[bot.id] = bot;
  demo.users.bot = bot.id;

  const acme = createOrg(se, "Acme Corporation", owner.id, ago(120));
  addMember(se, acme.id, admin.id, "admin", ago(110));
  addMember(se, acme.id, member.id, "member", ago(100));
  const globex = createOrg(se, "Globex Inc", outsider.id, ago(90));
  demo.orgs.acme = acme.id;
  demo.orgs.globex = globex.id;

  const key = (name: string, who: UserRec, orgId: string, label: string) => {
    const k = {
      id: newId("key", se.clock.now(), rnd),
      name: label,
      organization_id: orgId,
      owner_id: who.id,
      created_at: ago(60),
      expires_at: null,
      revoked_at: null,
      secret: apiKeySecret(ID_EPOCH, rnd),
      quota_limit: null,
    };
    s.apiKeys[k.id] = k;
    demo.tokens[name] = k.secret;
    demo.apiKeys[name] = k.id;
  };
  key("owner", owner, acme.id, "Demo owner key");
  key("admin", admin, acme.id, "Demo admin key");
  key("member", member, acme.id, "Demo member key");
  key("outsider", outsider, globex.id, "Demo outsider key");

  for (const [name, orgId, label] of [
    ["confidential", acme.id, "Confidential"],
    ["retention", acme.id, "Retain for 7 years"],
    ["internal", globex.id, "Internal only"],
  ] as const) {
    const id = newId("pol", se.clock.now(), rnd);
    s.policies[id] = { id, organization_id: orgId, name: label, created_at: ago(150) };
    demo.policies[name] = id;
  }

  const doc = (name: string, who: UserRec, orgId: string, title: string, format: SourceFormat, bytes: Uint8Array, general: GeneralAccess, created: number, isDemo = false): DocumentRec => {
    const d: DocumentRec = {
      id: newId("doc", se.clock.now(), rnd),
      title,
      description: null,
      general,
      current_version_id: null,
      source_format: format,
      trashed_at: null,
      created_at: created,
      updated_at: created,
      created_by: { id: who.id, type: "user", name: who.name },
      owner_id: who.id,
      organization_id: orgId,
      is_demo: isDemo,
    };
    const fileId = newId("file", se.clock.now(), rnd);
    s.files[fileId] = { id: fileId, content_type: mimeOf(format), name: `${name}.${format === "markdown" ? "md" : format}`, data: toBase64(bytes) };
    const v = {
      id: newId("ver", se.clock.now(), rnd),
      document_id: d.id,
      number: 1,
      title: null,
      description: null,
      status: "ready" as const,
      ready_at: created + 5000,
      will_fail: false,
      created_at: created,
      created_by: d.created_by,
      file_id: fileId,
      sha256: sha256HexSync(bytes),
      source_format: format,
      record_id: `00000000-0000-4000-8000-${String(Object.keys(s.versions).length + 1).padStart(12, "0")}`,
    };
    s.documents[d.id] = d;
    s.versions[v.id] = v;
    d.current_version_id = v.id;
    demo.documents[name] = d.id;
    recordEvent(se, d.id, "document_created", who.id, { version_id: v.id, title }, created);
    recordEvent(se, d.id, "document_loaded", who.id, { version_id: v.id }, created + 5000);
    return d;
  };
  const text = (t: string) => new TextEncoder().encode(t);
  doc(
    "welcome",
    owner,
    acme.id,
    "Welcome to Factify",
    "markdown",
    text("# Welcome to Factify\n\nThis demo document shows how records look.\n\n- Share documents\n- Track every change\n"),
    "organization",
    ago(120),
    true,
  );
  const report = doc("report", owner, acme.id, "Q4 Financial Report", "pdf", makePdf("Q4 Financial Report"), "restricted", ago(30));
  report.description = "Quarterly numbers for the board";
  doc("pricing", admin, acme.id, "Pricing sheet", "csv", text("plan,price\nstarter,10\nteam,49\n"), "organization", ago(20));
  doc("roadmap", outsider, globex.id, "Globex roadmap", "pdf", makePdf("Globex roadmap"), "restricted", ago(15));

  s.grants.push({ document_id: report.id, recipient_id: member.id, recipient_type: "user", role: "viewer", granted_at: ago(29) });
  recordEvent(se, report.id, "document_user_access_granted", owner.id, { recipient_id: member.id, role: "viewer" }, ago(29));
  s.attachments.push({ document_id: report.id, policy_id: demo.policies.confidential!, attached_at: ago(28) });
  // Event types with no API trigger (comments, threads, annotations, approvals, printing).
  const history: [string, UserRec, number][] = [
    ["thread_created", member, 27],
    ["comment_created", member, 27],
    ["comment_updated", member, 26],
    ["annotation_added", member, 26],
    ["annotation_resolved", owner, 25],
    ["approval_started", owner, 24],
    ["approval_voted", admin, 23],
    ["approval_ready", owner, 22],
    ["document_printed", member, 21],
  ];
  for (const [type, who, days] of history) recordEvent(se, report.id, type, who.id, {}, ago(days));

  const invite = newId("inv", se.clock.now(), rnd);
  s.invites[invite] = {
    id: invite,
    organization_id: acme.id,
    email: DEMO_USERS.newcomer.email,
    status: "pending",
    sender: { ...owner },
    message: "Join us on Factify",
    created_at: ago(1),
    expires_at: ago(1) + engine.config.inviteTtlMs,
    accepted_at: null,
    accepted_by: null,
    token: base62(43, rnd),
  };

  const days: Record<string, number> = {};
  for (let i = 1; i <= 14; i++) days[dayKey(ago(i))] = 20 + ((i * 37) % 50);
  s.usage[acme.id] = days;
}
