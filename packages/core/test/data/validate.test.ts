// Input validation through the Standard Schema interface: how issue paths are written, how the
// message counts further issues, and that only an asynchronous schema makes the check asynchronous.
import { describe, expect, it } from "vitest";
import { assertValidInput, findIssues } from "../../src/internal/validate";
import type { StandardIssue, StandardSchema } from "../../src/types";
import { invalidRequest } from "../transport/fake-fetch";

function schema(issues: StandardIssue[] | undefined, async = false): StandardSchema {
  const result = issues ? { issues } : { value: "ok" };
  return { "~standard": { version: 1, vendor: "test", validate: () => (async ? Promise.resolve(result) : result) } };
}


describe("findIssues", () => {
  it("writes paths as code would: dotted keys, bracketed indexes, path segments as objects or bare keys", () => {
    const found = findIssues(
      schema([
        { message: "m1", path: [{ key: "recipients" }, { key: 0 }, { key: "role" }] },
        { message: "m2", path: ["a", 2, "b", "c"] },
        { message: "m3", path: [3] },
        { message: "m4" },
        { message: "m5", path: [] },
      ]),
      {},
    );
    expect(found).toEqual([
      { path: "recipients[0].role", message: "m1" },
      { path: "a[2].b.c", message: "m2" },
      { path: "[3]", message: "m3" },
      { path: "", message: "m4" },
      { path: "", message: "m5" },
    ]);
    expect(findIssues(schema(undefined), {})).toBeUndefined();
  });

  it("returns a promise only for an asynchronous schema", async () => {
    const pending = findIssues(schema([{ message: "m", path: ["x"] }], true), {});
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).resolves.toEqual([{ path: "x", message: "m" }]);
  });
});

describe("assertValidInput", () => {
  it("passes valid input synchronously", () => {
    expect(assertValidInput(schema(undefined), {}, "op")).toBeUndefined();
  });

  it("names the first path, counts the rest in the message, and keeps every issue", () => {
    const one = invalidRequest(() => assertValidInput(schema([{ message: "Invalid type", path: ["name"] }]), {}, "createThing"));
    expect(one.message).toBe("name: Invalid type [createThing]");
    expect(one.field).toBe("name");
    const two = invalidRequest(() =>
      assertValidInput(schema([{ message: "bad", path: ["a"] }, { message: "worse", path: ["b"] }]), {}, "op"),
    );
    expect(two.message).toBe("a: bad (and 1 more issue) [op]");
    expect(two.issues).toEqual([
      { path: "a", message: "bad" },
      { path: "b", message: "worse" },
    ]);
    const three = invalidRequest(() =>
      assertValidInput(schema([{ message: "x", path: ["a"] }, { message: "y" }, { message: "z" }]), {}, "op"),
    );
    expect(three.message).toBe("a: x (and 2 more issues) [op]");
  });

  it("says (input) and sets no field when the whole input is wrong", () => {
    const error = invalidRequest(() => assertValidInput(schema([{ message: "Expected an object" }]), 5, "op"));
    expect(error.message).toBe("(input): Expected an object [op]");
    expect(error.field).toBeUndefined();
  });

  it("rejects asynchronously for an asynchronous schema", async () => {
    const result = assertValidInput(schema([{ message: "no", path: ["k"] }], true), {}, "op");
    expect(result).toBeInstanceOf(Promise);
    await expect(result).rejects.toMatchObject({ message: "k: no [op]", field: "k" });
    await expect(assertValidInput(schema(undefined, true), {}, "op")).resolves.toBeUndefined();
  });
});
