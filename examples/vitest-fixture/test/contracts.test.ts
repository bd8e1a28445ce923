import { PermissionDeniedError } from "@factify/core";
import { DEMO_USERS, samplePdf } from "@factify/mock-server";
import { describe } from "vitest";
import { contractTitle, fileContract, shareWithReviewer } from "../src/contracts";
import { expect, test } from "./fixture";

describe("contracts", () => {
  test("a filed contract is private until it is shared with a reviewer", async ({ mock, factify }) => {
    const id = await fileContract(factify, "Supplier agreement", samplePdf("Supplier agreement"));
    const reviewer = mock.clients.member;
    // A colleague in the same organization learns the document exists but may not read it.
    await expect(contractTitle(reviewer, id)).rejects.toBeInstanceOf(PermissionDeniedError);
    await shareWithReviewer(factify, id, DEMO_USERS.member.email);
    expect(await contractTitle(reviewer, id)).toBe("Supplier agreement");
  });

  test("sharing with an address Factify does not know is an error", async ({ factify }) => {
    const id = await fileContract(factify, "NDA", samplePdf("NDA"));
    await expect(shareWithReviewer(factify, id, "stranger@unknown.example")).rejects.toThrow(/could not share with stranger@unknown.example/);
  });

  test("every test starts from the seeded world, whatever the others did", async ({ mock }) => {
    expect(Object.keys(mock.inspect.state().documents)).toHaveLength(4);
  });

  test("a flaky Factify is retried without slowing the test down", async ({ mock, factify }) => {
    const id = await fileContract(factify, "Retried", samplePdf("Retried"));
    // Reads are retried; in-process faults answer Retry-After: 0, so this takes milliseconds.
    mock.faults.inject({ kind: "status", status: 503, times: 2, method: "GET" });
    expect(await contractTitle(factify, id)).toBe("Retried");
    expect(mock.faults.pending()).toEqual([]);
  });
});
