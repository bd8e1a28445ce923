import { describe, expect, it } from "vitest";
import { getMe, getUserPreferences, Users } from "../src/index";
import { fakeApi, ids } from "@factify-tools/test-support";

describe("users", () => {
  it("reads the signed-in user without any input", async () => {
    const { client, sent } = fakeApi(() => ({
      user: { id: ids.user, name: "Ada", email: "ada@example.com", given_name: null },
      organizations: [{ id: ids.org, name: "Acme", created_at: "2026-01-01T00:00:00Z", logo_image_url: null }],
    }));
    const me = await getMe(client);
    expect(me.user.given_name).toBeNull();
    expect(me.organizations?.[0]?.name).toBe("Acme");
    expect(sent[0]?.method).toBe("GET");
    expect(sent[0]?.url.pathname).toBe("/v1beta/me");
    expect(sent[0]?.json).toBeUndefined();
  });

  it("reads preferences through users.preferences", async () => {
    const { client, sent } = fakeApi((req) =>
      req.url.pathname.endsWith("/me") ? { user: { id: ids.user, name: "Ada", email: "ada@example.com" } } : { has_completed_document_tour: true },
    );
    const users = new Users(client);
    expect((await users.preferences.get()).has_completed_document_tour).toBe(true);
    expect((await users.getMe()).user.name).toBe("Ada");
    expect(sent.map((s) => s.url.pathname)).toEqual(["/v1beta/user-preferences", "/v1beta/me"]);
  });

  it("refuses input where none is expected", async () => {
    const { client, sent } = fakeApi(() => ({}));
    await expect(getUserPreferences(client, { user_id: ids.user } as never)).rejects.toMatchObject({ field: "user_id" });
    expect(sent).toHaveLength(0);
  });
});
