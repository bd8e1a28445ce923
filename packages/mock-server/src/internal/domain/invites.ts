// Invite rules shared by the invite handlers and their response shape.
import type { InviteRec } from "../state/store";

/** Returns an invite's status at `now` (pending invites past expires_at are expired). */
export function inviteStatus(inv: InviteRec, now: number): "pending" | "accepted" | "expired" | "revoked" {
  return inv.status === "pending" && inv.expires_at <= now ? "expired" : inv.status;
}
