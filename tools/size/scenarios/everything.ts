// Facade scenario: the whole SDK behind one class.
import { Factify } from "@factify/sdk";

/** Builds the facade; every resource it exposes is reachable from the returned object. */
export function make(token: string): Factify {
  return new Factify({ bearerAuth: token });
}
