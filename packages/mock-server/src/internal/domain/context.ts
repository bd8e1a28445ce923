// Who is calling and what one request looks like to the code that answers it.
import type { Engine } from "../state/engine";
import type { ApiKeyRec, MemberRec, State, UserRec } from "../state/store";

/** Who is calling: the user behind the credential, and the organizations the credential reaches. */
export interface Caller {
  user: UserRec;
  kind: "api_key" | "user";
  key: ApiKeyRec | null;
  /** An API key reaches only its own organization; a user token reaches all of the user's. */
  memberships: MemberRec[];
  /** The caller's "own" organization: the key's, or a user's first membership. */
  orgId: string | undefined;
}

/**
 * One request as a handler sees it. `caller` is present on every route that needs a credential;
 * only routes declared with optional authentication see `Ctx<Caller | undefined>`.
 */
export interface Ctx<C extends Caller | undefined = Caller> {
  engine: Engine;
  state: State;
  request: Request;
  url: URL;
  params: Record<string, string>;
  caller: C;
  requestId: string;
  /** Origin for URLs in responses. */
  origin: string;
  now: number;
}

