// What the type and schema emitters need to know about the file they are writing into.
import type { Imports } from "./imports";
import type { OpenApiDocument } from "./spec";

/**
 * `output` describes responses (lenient: unknown fields kept, enums open, limits not enforced);
 * `input` describes request input (strict: unknown keys refused, enums closed, limits enforced).
 */
export type Mode = "input" | "output";

/** Components provided by @factify/core instead of being generated (Pagination lives in core: docs/architecture.md). */
export const CORE_COMPONENTS: Readonly<Record<string, { type: string; schemaFactory: string }>> = {
  Pagination: { type: "Pagination", schemaFactory: "paginationSchema" },
};

/** The core package every resource package peers on: its root holds what applications use (client, options, pages). */
export const CORE_MODULE = "@factify/core";

/** Core's entry for generated code: the operation runners, descriptors and schema helpers. */
export const CORE_OPERATIONS_MODULE = "@factify/core/operations";

/** Per-file emitter state. */
export interface EmitContext {
  doc: OpenApiDocument;
  /** TypeScript name of every component schema. */
  names: ReadonlyMap<string, string>;
  imports: Imports;
  /** Module specifier of the package's generated `types.ts` from this file, or undefined inside it. */
  typesModule: string | undefined;
  /** Module specifier of the package's generated `schemas.ts` from this file, or undefined inside it. */
  schemasModule: string | undefined;
  /** Components whose schema must be referenced through `lazy()` here (recursive references). */
  lazy: ReadonlySet<string>;
  /** Object components that have an input form; their input type name (`RecipientGrant`). */
  inputTypeNames: ReadonlyMap<string, string>;
}

/** The TypeScript name of a component, importing it from the types module when needed. */
export function typeRef(ctx: EmitContext, component: string, mode: Mode): string {
  const core = CORE_COMPONENTS[component];
  if (core) return ctx.imports.type(CORE_MODULE, core.type);
  const name = mode === "input" ? (ctx.inputTypeNames.get(component) ?? ctx.names.get(component)) : ctx.names.get(component);
  if (!name) throw new Error(`No type name for component ${component}`);
  if (ctx.typesModule) ctx.imports.type(ctx.typesModule, name);
  return name;
}

/** A value exported by the schemas module (`DocumentSchema`, `AccessLevelValues`), imported when needed. */
export function schemaModuleRef(ctx: EmitContext, name: string): string {
  if (ctx.schemasModule) ctx.imports.value(ctx.schemasModule, name);
  return name;
}

/** A valibot export, imported by name (named imports tree-shake best). */
export function v(ctx: EmitContext, name: string): string {
  return ctx.imports.value("valibot", name);
}

/** A value from core's operations entry (`invoke`, `openEnum`, ...), imported by name. */
export function core(ctx: EmitContext, name: string): string {
  return ctx.imports.value(CORE_OPERATIONS_MODULE, name);
}
