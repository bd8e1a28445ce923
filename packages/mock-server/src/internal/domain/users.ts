// Finding users the way callers name them.
import type { State, UserRec } from "../state/store";

/** Returns a user by email, compared case-insensitively. */
export function userByEmail(state: State, email: string): UserRec | undefined {
  const e = email.toLowerCase();
  return Object.values(state.users).find((u) => u.email.toLowerCase() === e);
}
