import { InvalidRequestError } from "@factify/core";
import { describe, expect, it } from "vitest";
import {
  createOrganizationInvite,
  listOrganizationInvites,
  Organizations,
  updateOrganizationMember,
  uploadOrganizationLogo,
  uploadOrganizationLogoBase64,
} from "../src/index";
import { bytesToBase64 } from "../src/upload-organization-logo";
import { fakeApi, ids } from "@factify-tools/test-support";

const user = { id: ids.user, name: "Ada", email: "ada@example.com" };
const logoAnswer = () => ({ logo_url: "https://cdn.example/logo.png" });

function decode(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

describe("bytesToBase64", () => {
  it("matches btoa on small inputs and stays exact across chunk boundaries", () => {
    for (const text of ["", "f", "fo", "foo", "foob", "fooba", "foobar"]) expect(bytesToBase64(new TextEncoder().encode(text))).toBe(btoa(text));
    const big = Uint8Array.from({ length: 3 * 8192 * 2 + 7 }, (_, i) => (i * 31) % 256);
    expect(decode(bytesToBase64(big))).toEqual(big);
  });
});

describe("uploadOrganizationLogo", () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

  it("base64-encodes a Blob and takes its type as content_type", async () => {
    const { client, sent } = fakeApi(logoAnswer);
    const result = await uploadOrganizationLogo(client, { organization_id: ids.org, image_data: new Blob([png], { type: "image/png" }) });
    expect(result.logo_url).toBe("https://cdn.example/logo.png");
    expect(sent[0]?.method).toBe("POST");
    expect(sent[0]?.url.pathname).toBe(`/v1beta/organizations/${ids.org}/logo`);
    expect(sent[0]?.headers.get("content-type")).toMatch(/^application\/json/);
    const body = sent[0]?.json as { image_data: string; content_type: string };
    expect(decode(body.image_data)).toEqual(png);
    expect(body.content_type).toBe("image/png");
  });

  it("reads bytes, streams and async iterables, and keeps an explicit content_type", async () => {
    const { client, sent } = fakeApi(logoAnswer);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(png.subarray(0, 4));
        c.enqueue(png.subarray(4));
        c.close();
      },
    });
    async function* chunks() {
      yield png.subarray(0, 5);
      yield png.subarray(5);
    }
    await uploadOrganizationLogo(client, { organization_id: ids.org, image_data: png, content_type: "image/png" });
    await uploadOrganizationLogo(client, { organization_id: ids.org, image_data: stream });
    await uploadOrganizationLogo(client, { organization_id: ids.org, image_data: { data: chunks(), contentType: "image/webp" } });
    const bodies = sent.map((s) => s.json as { image_data: string; content_type?: string });
    for (const body of bodies) expect(decode(body.image_data)).toEqual(png);
    expect(bodies.map((b) => b.content_type)).toEqual(["image/png", undefined, "image/webp"]);
  });

  it("sends a base64 string as given, also through the resource and the wire-level function", async () => {
    const { client, sent } = fakeApi(logoAnswer);
    await uploadOrganizationLogo(client, { organization_id: ids.org, image_data: "aGVsbG8=" });
    await new Organizations(client).logo.upload({ organization_id: ids.org, image_data: "aGVsbG8=" });
    await uploadOrganizationLogoBase64(client, { organization_id: ids.org, image_data: "aGVsbG8=" });
    expect(sent.map((s) => s.json)).toEqual([{ image_data: "aGVsbG8=" }, { image_data: "aGVsbG8=" }, { image_data: "aGVsbG8=" }]);
  });

  it("refuses a missing image, a non-base64 string, an unknown kind and an image over the API's size before sending", async () => {
    const { client, sent } = fakeApi(logoAnswer);
    const refuse = (params: unknown) => expect(uploadOrganizationLogo(client, params as never)).rejects.toBeInstanceOf(InvalidRequestError);
    await refuse({ organization_id: ids.org });
    await refuse({ organization_id: ids.org, image_data: "not base64!" });
    await refuse({ organization_id: ids.org, image_data: 42 });
    await refuse({ organization_id: ids.org, image_data: new Uint8Array(1_600_000) });
    await expect(uploadOrganizationLogo(client, { organization_id: ids.org, image_data: 42 as never })).rejects.toMatchObject({ field: "image_data" });
    expect(sent).toHaveLength(0);
  });
});

describe("members and invites", () => {
  it("are reached through sub-resources of Organizations", async () => {
    const { client, sent } = fakeApi((req) => (req.method === "GET" ? { items: [], pagination: {} } : { member: { user, role: "admin", joined_at: "2026-01-01T00:00:00Z" } }));
    const organizations = new Organizations(client);
    const added = await organizations.members.add({ organization_id: ids.org, user_id: ids.user, role: "admin" });
    expect(added.member.role).toBe("admin");
    await organizations.members.list({ organization_id: ids.org, page_size: 10 });
    await organizations.members.remove({ organization_id: ids.org, user_id: ids.user });
    expect(sent.map((s) => `${s.method} ${s.url.pathname}${s.url.search}`)).toEqual([
      `POST /v1beta/organizations/${ids.org}/members`,
      `GET /v1beta/organizations/${ids.org}/members?page_size=10`,
      `DELETE /v1beta/organizations/${ids.org}/members/${ids.user}`,
    ]);
    expect(sent[0]?.json).toEqual({ user_id: ids.user, role: "admin" });
  });

  it("filters invites with nested dotted query names", async () => {
    const { client, sent } = fakeApi(() => ({ items: [], pagination: {} }));
    await listOrganizationInvites(client, {
      organization_id: ids.org,
      status: ["pending", "expired"],
      email: { contains: "@example.com" },
      created: { after: "2026-01-01T00:00:00Z", before: new Date("2026-02-01T00:00:00Z") },
    });
    const q = sent[0]?.url.searchParams as URLSearchParams;
    expect(q.getAll("status")).toEqual(["pending", "expired"]);
    expect(q.get("email.contains")).toBe("@example.com");
    expect(q.get("created.after")).toBe("2026-01-01T00:00:00Z");
    expect(q.get("created.before")).toBe("2026-02-01T00:00:00.000Z");
  });

  it("checks e-mail addresses and roles before sending", async () => {
    const { client, sent } = fakeApi(() => ({}));
    await expect(createOrganizationInvite(client, { organization_id: ids.org, email: "not-an-email" })).rejects.toMatchObject({ field: "email" });
    await expect(updateOrganizationMember(client, { organization_id: ids.org, user_id: ids.user, role: "boss" as never })).rejects.toMatchObject({
      field: "role",
    });
    expect(sent).toHaveLength(0);
  });
});
