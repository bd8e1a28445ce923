// pnpm hooks for this workspace.
//
// beforePacking: the manifest that `pnpm pack` and `pnpm publish` (so `changeset publish`) put in a
// tarball carries no devDependencies. Nobody who installs a package ever installs them, and here they
// name private workspace packages (@factify-tools/test-support) that are not on any registry, pinned
// to versions that exist nowhere: noise at best, a broken lookup for tools that read them.
// tools/package-check packs every published package and fails if one still ships them.
module.exports = {
  hooks: {
    beforePacking(manifest) {
      delete manifest.devDependencies;
      return manifest;
    },
  },
};
