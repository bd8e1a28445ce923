// Guards the per-file coverage checks: the descriptors they compare against must name all 59 operations.
import * as accessRequests from "@factify/access-requests/schemas";
import * as apiKeys from "@factify/api-keys/schemas";
import * as documents from "@factify/documents/schemas";
import * as entryPages from "@factify/entry-pages/schemas";
import * as organizations from "@factify/organizations/schemas";
import * as policies from "@factify/policies/schemas";
import * as sharing from "@factify/sharing/schemas";
import * as timelines from "@factify/timelines/schemas";
import * as usage from "@factify/usage/schemas";
import * as users from "@factify/users/schemas";
import * as versions from "@factify/versions/schemas";
import { describe, expect, it } from "vitest";
import { operationIds } from "../support/emulator";

describe("operation coverage", () => {
  it("the resource packages describe 59 distinct operations, so every file's afterAll check has something to check", () => {
    const perPackage = { accessRequests, apiKeys, documents, entryPages, organizations, policies, sharing, timelines, usage, users, versions };
    const counts = Object.fromEntries(Object.entries(perPackage).map(([name, mod]) => [name, operationIds(mod).length]));
    expect(counts).toEqual({ accessRequests: 6, apiKeys: 3, documents: 11, entryPages: 1, organizations: 15, policies: 3, sharing: 7, timelines: 1, usage: 5, users: 2, versions: 5 });
    const all = Object.values(perPackage).flatMap((mod) => operationIds(mod));
    expect(new Set(all).size).toBe(59);
  });
});
