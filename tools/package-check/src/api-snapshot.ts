// Public API snapshots: every export of each entry point of a package, with its declaration as the
// built .d.ts states it, reprinted without comments and sorted by name. The TypeScript checker
// follows re-exports into the shared declaration chunks tsup emits (whose file names carry a hash),
// so the snapshot shows each export's real signature and never a chunk name.
import { existsSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { typedEntries } from "./manifest-rules";
import type { WorkspacePackage } from "./workspace";

/** One snapshot: which entry it covers, where the committed copy lives, and the current text. */
export interface ApiSnapshot {
  packageName: string;
  subpath: string;
  /** File name inside tools/package-check/api/. */
  file: string;
  /** The snapshot as built from dist right now. */
  current: string;
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/** The statement to print for a declaration: a variable's whole `declare const` line, else the node itself. */
function statementOf(decl: ts.Declaration): ts.Node {
  if (ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent)) return decl.parent.parent;
  return decl;
}

// A destructured parameter (`{ status, body }: Init`) is an implementation detail that the .d.ts
// happens to show; callers see only its type, so the snapshot names every such parameter `options`.
const unnameDestructuring: ts.TransformerFactory<ts.Node> = (context) => {
  const visit = (node: ts.Node): ts.Node => {
    if (ts.isParameter(node) && !ts.isIdentifier(node.name)) {
      return context.factory.updateParameterDeclaration(
        node,
        node.modifiers,
        node.dotDotDotToken,
        context.factory.createIdentifier("options"),
        node.questionToken,
        node.type,
        node.initializer,
      );
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (node) => ts.visitNode(node, visit) as ts.Node;
};

/** Strips `export`/`declare` modifiers so the text does not depend on how the bundler placed the declaration. */
function printDeclaration(node: ts.Node): string {
  const [normalized] = ts.transform(node, [unnameDestructuring]).transformed;
  return printer
    .printNode(ts.EmitHint.Unspecified, normalized!, node.getSourceFile())
    .replace(/^(export\s+)?(default\s+)?(declare\s+)?/, "")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .join("\n");
}

/** Lists the exports of the declaration file `entry` as `name: declaration` blocks, sorted by export name. */
export function describeExports(entry: string): string {
  const program = ts.createProgram([entry], {
    noEmit: true,
    skipLibCheck: true,
    // Only declarations are printed, never checked: without the standard library a program builds in milliseconds.
    noLib: true,
    noResolve: false,
    types: [],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return "(no exports)\n";
  const blocks = checker
    .getExportsOfModule(moduleSymbol)
    .map((exported) => {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = (target.declarations ?? []).map((d) => printDeclaration(statementOf(d)));
      const shown = declarations.length > 0 ? declarations.join("\n") : "(declared outside this package)";
      return `// export ${exported.getName()}\n${shown}`;
    })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${blocks.join("\n\n")}\n`;
}

/** Snapshot file name for a package folder and export subpath: `core.api.d.ts`, `mock-server.node.api.d.ts`. */
export function snapshotFileName(relDir: string, subpath: string): string {
  const folder = relDir.split("/").pop()!;
  const suffix = subpath === "." ? "" : `.${subpath.replace(/^\.\//, "").replaceAll("/", "-")}`;
  return `${folder}${suffix}.api.d.ts`;
}

/** Builds the current snapshot of every typed export entry of `pkg`; throws when a types file is not built. */
export function currentSnapshots(pkg: WorkspacePackage): ApiSnapshot[] {
  return typedEntries(pkg.manifest).map(({ subpath, types }) => {
    const path = join(pkg.dir, types);
    if (!existsSync(path)) throw new Error(`${pkg.manifest.name}: ${types} is missing; build the package first`);
    const header = `// API snapshot of ${pkg.manifest.name} "${subpath}" (${types}). Regenerate: pnpm --filter @factify-tools/package-check run update-api\n\n`;
    return {
      packageName: pkg.manifest.name,
      subpath,
      file: snapshotFileName(pkg.relDir, subpath),
      current: header + describeExports(path),
    };
  });
}
