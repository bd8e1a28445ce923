// The emulator's state: plain, JSON-serializable records keyed by id, so a snapshot is one
// JSON.stringify away and a restore is one JSON.parse.
import type { SourceFormat } from "../content/sniff";

export type OrgRole = "owner" | "admin" | "member";
export type DocRole = "viewer" | "commenter" | "collaborator" | "admin" | "owner";
export type GeneralAccess = "restricted" | "organization" | "anyone_with_link";
export type ProcessingStatus = "processing" | "ready" | "failed";
export type { SourceFormat };

/** A reference to a user or bot as the API embeds it. */
export interface SubjectRef {
  id: string;
  type: "user" | "bot";
  name: string;
}

export interface UserRec {
  id: string;
  name: string;
  email: string;
  given_name: string | null;
  family_name: string | null;
  profile_image_url: string | null;
  has_completed_document_tour: boolean;
  has_completed_hub_onboarding: boolean;
}

export interface BotRec {
  id: string;
  name: string;
}

export interface OrgRec {
  id: string;
  name: string;
  logo_image_url: string | null;
  created_at: number;
  owner_id: string;
  /** Explicit monthly request limit; null means the tier default. */
  request_limit: number | null;
  /** Document quota; 0 means unlimited. */
  document_limit: number;
}

export interface MemberRec {
  organization_id: string;
  user_id: string;
  role: OrgRole;
  joined_at: number;
}

export interface InviteRec {
  id: string;
  organization_id: string;
  email: string;
  /** Stored status; `expired` is computed from expires_at when this is `pending`. */
  status: "pending" | "accepted" | "revoked";
  sender: UserRec;
  message: string | null;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
  accepted_by: string | null;
  token: string;
}

export interface ApiKeyRec {
  id: string;
  name: string;
  organization_id: string;
  owner_id: string;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
  secret: string;
  /** Per-key monthly request limit; null means none. */
  quota_limit: number | null;
}

export interface DocumentRec {
  id: string;
  title: string;
  description: string | null;
  general: GeneralAccess;
  current_version_id: string | null;
  source_format: SourceFormat;
  trashed_at: number | null;
  created_at: number;
  updated_at: number;
  created_by: SubjectRef;
  owner_id: string;
  organization_id: string;
  is_demo: boolean;
}

export interface VersionRec {
  id: string;
  document_id: string;
  number: number;
  title: string | null;
  description: string | null;
  status: ProcessingStatus;
  /** When processing finishes (epoch ms); only meaningful while status is `processing`. */
  ready_at: number;
  /** Processing of this version ends in `failed`. */
  will_fail: boolean;
  created_at: number;
  created_by: SubjectRef;
  file_id: string;
  sha256: string;
  source_format: SourceFormat;
  record_id: string;
}

export interface FileRec {
  id: string;
  content_type: string;
  name: string;
  /** Base64 of the bytes, so the whole state stays JSON. */
  data: string;
}

export interface GrantRec {
  document_id: string;
  recipient_id: string;
  recipient_type: "user" | "bot";
  role: DocRole;
  granted_at: number;
}

export interface AccessRequestRec {
  id: string;
  document_id: string;
  subject_id: string;
  permission: "view" | "edit" | "comment";
  message: string | null;
  status: "pending" | "approved" | "denied";
  created_at: number;
  updated_at: number;
}

export interface PolicyRec {
  id: string;
  organization_id: string;
  name: string;
  created_at: number;
}

export interface AttachmentRec {
  document_id: string;
  policy_id: string;
  attached_at: number;
}

export interface ShareLinkRec {
  id: string;
  document_id: string;
  creator_id: string;
  created_at: number;
}

export interface EventRec {
  event_id: string;
  document_id: string;
  event_type: string;
  occurred_at: number;
  actor_id: string;
  payload: Record<string, unknown>;
  seq: number;
}

/** Everything the emulator remembers. */
export interface State {
  version: 1;
  seq: number;
  users: Record<string, UserRec>;
  bots: Record<string, BotRec>;
  orgs: Record<string, OrgRec>;
  members: MemberRec[];
  invites: Record<string, InviteRec>;
  apiKeys: Record<string, ApiKeyRec>;
  /** user token (JWT-shaped) -> user id */
  userTokens: Record<string, string>;
  documents: Record<string, DocumentRec>;
  versions: Record<string, VersionRec>;
  files: Record<string, FileRec>;
  grants: GrantRec[];
  accessRequests: Record<string, AccessRequestRec>;
  policies: Record<string, PolicyRec>;
  attachments: AttachmentRec[];
  shareLinks: Record<string, ShareLinkRec>;
  events: EventRec[];
  /** document id -> user id -> epoch ms of the last getDocument */
  views: Record<string, Record<string, number>>;
  /** org id -> "YYYY-MM-DD" -> request count */
  usage: Record<string, Record<string, number>>;
  /** api key id -> "YYYY-MM" -> request count */
  keyUsage: Record<string, Record<string, number>>;
  /** Named demo credentials, for printing and tests. */
  demo: DemoNames;
}

/** Names of the seeded demo records, so tests and the CLI can refer to them. */
export interface DemoNames {
  /** API key secrets by role name. */
  tokens: Record<string, string>;
  /** User tokens (JWT-shaped) by role name. */
  userTokens: Record<string, string>;
  users: Record<string, string>;
  orgs: Record<string, string>;
  documents: Record<string, string>;
  policies: Record<string, string>;
  apiKeys: Record<string, string>;
}

/** Returns an empty state. */
export function emptyState(): State {
  return {
    version: 1,
    seq: 0,
    users: {},
    bots: {},
    orgs: {},
    members: [],
    invites: {},
    apiKeys: {},
    userTokens: {},
    documents: {},
    versions: {},
    files: {},
    grants: [],
    accessRequests: {},
    policies: {},
    attachments: [],
    shareLinks: {},
    events: [],
    views: {},
    usage: {},
    keyUsage: {},
    demo: { tokens: {}, userTokens: {}, users: {}, orgs: {}, documents: {}, policies: {}, apiKeys: {} },
  };
}

/** Checks that a parsed value looks like a State, and returns it; throws a TypeError otherwise. */
export function asState(value: unknown): State {
  const v = value as Partial<State> | null;
  if (!v || typeof v !== "object" || v.version !== 1 || typeof v.users !== "object" || !Array.isArray(v.members)) {
    throw new TypeError("not a @factify/mock-server snapshot (version 1)");
  }
  return { ...emptyState(), ...v } as State;
}
