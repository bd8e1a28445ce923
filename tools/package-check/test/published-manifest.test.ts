import { describe, expect, it } from "vitest";
import { expectedFields, type PublishContext, publishedManifestProblems } from "../src/published-manifest";
import { type Manifest, privateWorkspaceNames, publishedPackages } from "../src/workspace";

const context: PublishContext = { relDir: "packages/example", privateNames: new Set(["@factify-tools/test-support"]), nodeRange: ">=20" };

const good: Manifest = {
  name: "@factify/example",
  version: "1.0.0",
  ...expectedFields("packages/example", ">=20"),
  keywords: ["factify", "sdk"],
  dependencies: { valibot: "^1.5.0" },
  peerDependencies: { "@factify/core": "^0.1.0" },
} as Manifest;

describe("published manifest rules", () => {
  it("accept a manifest with repository, homepage, bugs, keywords and engines", () => {
    expect(publishedManifestProblems(good, context)).toEqual([]);
  });

  it("require the repository with the package's own directory", () => {
    const { repository: _, ...rest } = good;
    expect(publishedManifestProblems(rest as Manifest, context).join("\n")).toMatch(/"repository" must be an object.*"directory":"packages\/example"/);
    const elsewhere = { ...good, repository: { type: "git", url: "git+https://github.com/factify/factify-typescript.git", directory: "packages/other" } };
    expect(publishedManifestProblems(elsewhere, context)).toEqual(['@factify/example: "repository.directory" must be "packages/example"']);
  });

  it("require homepage, bugs, keywords and engines", () => {
    const bare = { name: "@factify/example", version: "1.0.0", repository: good.repository } as Manifest;
    const problems = publishedManifestProblems(bare, context).join("\n");
    expect(problems).toMatch(/"homepage"/);
    expect(problems).toMatch(/"bugs"/);
    expect(problems).toMatch(/"keywords"/);
    expect(problems).toMatch(/"engines.node" must be ">=20"/);
  });

  it("reject devDependencies, above all on a private workspace package", () => {
    const problems = publishedManifestProblems({ ...good, devDependencies: { "@factify-tools/test-support": "0.0.0" } }, context);
    expect(problems).toEqual([
      "@factify/example: devDependencies.@factify-tools/test-support names a private workspace package, which is on no registry",
      "@factify/example: the packed manifest still lists devDependencies (@factify-tools/test-support); .pnpmfile.cjs removes them when packing",
    ]);
  });

  it("reject a runtime dependency on a private package and a leftover workspace: range", () => {
    const problems = publishedManifestProblems(
      { ...good, dependencies: { "@factify-tools/test-support": "0.0.0", "@factify/core": "workspace:^" } },
      context,
    );
    expect(problems.join("\n")).toMatch(/dependencies\.@factify-tools\/test-support names a private workspace package/);
    expect(problems.join("\n")).toMatch(/dependencies\.@factify\/core is still "workspace:\^"/);
  });
});

describe("the workspace", () => {
  it("knows its private packages and publishes none of them", () => {
    const names = privateWorkspaceNames();
    expect(names).toContain("@factify-tools/test-support");
    expect(names).toContain("@factify-tools/package-check");
    for (const p of publishedPackages()) expect(names.has(p.manifest.name), p.manifest.name).toBe(false);
  });
});
