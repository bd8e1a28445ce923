// The people of the demo world, by name. Their ids are fixed (the seed uses these exact values),
// so a test can name a demo user without asking the emulator first.

/** One seeded user: who it is, and where it stands in the demo organizations. */
export interface DemoUser {
  /** The user's id (`user_...`), the same on every start. */
  readonly id: string;
  readonly name: string;
  /** The address the emulator knows the user by: grants and invites by email resolve it (case-insensitively). */
  readonly email: string;
  /** The demo organization the user belongs to (`acme` or `globex`), or null. */
  readonly organization: "acme" | "globex" | null;
  /** The user's role in that organization, or null. */
  readonly role: "owner" | "admin" | "member" | null;
  /** Whether the user has a demo API key (`mock.tokens[name]`); every demo user has a user token. */
  readonly hasApiKey: boolean;
}

/**
 * The demo users of a seeded emulator, by role name. Use them to name recipients, owners and
 * members in tests: `DEMO_USERS.member.email` is an address the emulator resolves.
 */
export const DEMO_USERS = {
  owner: { id: "user_01ke6p4ym0fvg32g1mbw6g3920", name: "Olivia Owner", email: "olivia@acme.example", organization: "acme", role: "owner", hasApiKey: true },
  admin: { id: "user_01ke6p4ym1682hg0vm9pfpkyp1", name: "Adam Admin", email: "adam@acme.example", organization: "acme", role: "admin", hasApiKey: true },
  member: { id: "user_01ke6p4ym2a8cwkyjk4ey7gm9s", name: "Mia Member", email: "mia@acme.example", organization: "acme", role: "member", hasApiKey: true },
  outsider: { id: "user_01ke6p4ym31y986y9wxhbe6swj", name: "Oscar Outsider", email: "oscar@globex.example", organization: "globex", role: "owner", hasApiKey: true },
  newcomer: { id: "user_01ke6p4ym433yhdbtqzfyp01yk", name: "Nora Newcomer", email: "nora@newcomer.example", organization: null, role: null, hasApiKey: false },
} as const satisfies Record<string, DemoUser>;

/** The role names of the demo users: `owner`, `admin`, `member`, `outsider`, `newcomer`. */
export type DemoUserName = keyof typeof DEMO_USERS;

/** The demo users that have an API key: all but `newcomer`. */
export type DemoKeyHolder = { [K in DemoUserName]: (typeof DEMO_USERS)[K]["hasApiKey"] extends true ? K : never }[DemoUserName];
