// The typed errors the emulator's refusals turn into, with everything a caller needs to act on them.
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  FactifyError,
  InvalidRequestError,
  isFactifyError,
  NotFoundError,
  PermissionDeniedError,
} from "@factify/core";
import { createDocument, getDocument, listDocuments, trashDocument, updateDocument } from "@factify/documents";
import { Factify } from "@factify/sdk";
import { describe, expect, it } from "vitest";
import { countRequests } from "./support/counting";
import { transports } from "./support/emulator";
import { expectApiError } from "./support/errors";

const MISSING = "doc_00000000000000000000000000";

describe.each(transports)("typed API errors ($name)", ({ start }) => {
  it("404, 403, 401 and 400 carry status, code, reason and the request id the server sent", async () => {
    const world = await start();
    try {
      const { mock, as } = world;
      const owner = as(mock.tokens.owner);
      const report = mock.demo.documents.report!;

      const notFound = await expectApiError(getDocument(owner, { document_id: MISSING }), NotFoundError, { status: 404, code: "not_found", reason: "resource_not_found" });
      expect(notFound.requestId).toBe(notFound.headers.get("x-request-id"));
      expect(notFound.requestId).toBe(notFound.details[0]?.request_id);
      expect(JSON.parse(notFound.body)).toMatchObject({ code: "not_found" });

      // Mia is a viewer of the Q4 report: she may read it, not trash it.
      const denied = await expectApiError(trashDocument(as(mock.tokens.member), { document_id: report }), PermissionDeniedError, {
        status: 403,
        code: "permission_denied",
        reason: "insufficient_permissions",
      });
      expect(denied.retryable).toBe(false);

      const unknownKey = `ffy_test_${"0".repeat(26)}${"A".repeat(43)}`;
      const unauthenticated = await expectApiError(listDocuments(as(unknownKey)), AuthenticationError, { status: 401, code: "unauthenticated", reason: "invalid_api_key" });
      expect(unauthenticated.message).not.toContain(unknownKey);

      // The SDK checks input shapes, not the server's rules: a page token from nowhere reaches the server.
      await expectApiError(listDocuments(owner, { page_token: "not-a-real-token" }), BadRequestError, { status: 400, code: "invalid_argument", reason: "invalid_cursor" });
      // (An unknown `sort` is refused by the SDK itself since the field notes: see field-notes.test.ts.)

      for (const e of [notFound, denied, unauthenticated]) {
        expect(e).toBeInstanceOf(APIError);
        expect(e).toBeInstanceOf(FactifyError);
        expect(isFactifyError(e)).toBe(true);
        expect(e.name).toBe(e.constructor.name);
      }
    } finally {
      await world.close();
    }
  });
});

describe("input checked before sending", () => {
  it("invalid input is an InvalidRequestError naming the field, and nothing reaches the emulator", async () => {
    const world = await transports[0].start();
    const wire = countRequests(world.mock.fetch);
    const f = new Factify(world.optionsFor(world.mock.tokens.owner, { fetch: wire.fetch }));
    const badId = await f.documents.get({ document_id: "DOC-1" }).catch((e: unknown) => e);
    expect(badId).toBeInstanceOf(InvalidRequestError);
    expect((badId as InvalidRequestError).field).toBe("document_id");
    const longTitle = await updateDocument(f.client, { document_id: MISSING, title: "x".repeat(256) }).catch((e: unknown) => e);
    expect((longTitle as InvalidRequestError).field).toBe("title");
    const noPayload = await createDocument(f.client, { title: "no file" } as never).catch((e: unknown) => e);
    expect(noPayload).toBeInstanceOf(InvalidRequestError);
    expect(wire.seen).toEqual([]);
  });
});
