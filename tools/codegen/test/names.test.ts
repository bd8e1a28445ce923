import { describe, expect, it } from "vitest";
import { regexLiteral } from "../src/emit-valibot";
import { camelCase, componentTypeNames, kebabCase, pascalCase, propertyKey } from "../src/names";

describe("names", () => {
  it("folds acronyms into regular camel and Pascal case", () => {
    expect(camelCase("deleteAPIKeyQuota")).toBe("deleteApiKeyQuota");
    expect(camelCase("listApiKeys")).toBe("listApiKeys");
    expect(pascalCase("listAPIKeyQuotas")).toBe("ListApiKeyQuotas");
    expect(pascalCase("getMe")).toBe("GetMe");
  });

  it("turns tags and groups into kebab-case package names", () => {
    expect(kebabCase("API Keys")).toBe("api-keys");
    expect(kebabCase("accessRequests")).toBe("access-requests");
    expect(kebabCase("entryPages")).toBe("entry-pages");
  });

  it("drops a proto namespace from component names unless that collides", () => {
    const names = componentTypeNames(["qcr.v1alpha.Block", "qcr.v1alpha.ListData.Item", "x.v1.User", "User", "Empty"], new Set(["Empty"]));
    expect(names.get("qcr.v1alpha.Block")).toBe("Block");
    expect(names.get("qcr.v1alpha.ListData.Item")).toBe("ListDataItem");
    expect(names.get("x.v1.User")).toBe("XV1User");
    expect(names.get("User")).toBe("User");
    expect(names.get("Empty")).toBe("Empty");
  });

  it("refuses two components that still share a name", () => {
    expect(() => componentTypeNames(["A.B", "AB"], new Set())).toThrow(/both map/);
  });

  it("quotes property keys that are not identifiers", () => {
    expect(propertyKey("document_id")).toBe("document_id");
    expect(propertyKey("created.after")).toBe('"created.after"');
  });

  it("escapes slashes in regex literals", () => {
    expect(regexLiteral("^a/b$")).toBe("/^a\\/b$/");
    expect(regexLiteral("^a\\/b$")).toBe("/^a\\/b$/");
    expect(regexLiteral("^\\d{4}$")).toBe("/^\\d{4}$/");
  });
});
