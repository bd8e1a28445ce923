// Naming rules shared by every emitter: one place decides how spec names become TypeScript names.

const WORD = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;

/** Splits an identifier or phrase into lower-case words: `deleteAPIKeyQuota` -> delete, api, key, quota. */
export function words(name: string): string[] {
  return (name.match(WORD) ?? []).map((w) => w.toLowerCase());
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Regular camelCase, acronyms folded: `deleteAPIKeyQuota` -> `deleteApiKeyQuota`. */
export function camelCase(name: string): string {
  const [first = "", ...rest] = words(name);
  return first + rest.map(capitalize).join("");
}

/** Regular PascalCase, acronyms folded: `listAPIKeyQuotas` -> `ListApiKeyQuotas`. */
export function pascalCase(name: string): string {
  return words(name).map(capitalize).join("");
}

/** kebab-case for file and package names: `Access Requests` -> `access-requests`. */
export function kebabCase(name: string): string {
  return words(name).join("-");
}

/**
 * PascalCase that keeps the original capitals of each segment, for spec component names:
 * `qcr.v1alpha.ListData.Item` -> `QcrV1alphaListDataItem`, `APIKeyQuota` stays `APIKeyQuota`.
 */
export function typeIdentifier(name: string): string {
  const out = name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(capitalize)
    .join("");
  return /^[0-9]/.test(out) ? `_${out}` : out;
}

/**
 * Chooses the TypeScript name of every component schema, deterministically.
 * A namespaced name (`qcr.v1alpha.Block`) drops its lower-case namespace (`Block`) unless that
 * short name is taken by another component or by a reserved name; then it keeps the full path
 * (`QcrV1alphaBlock`). Names are decided over the whole document, so a component has the same
 * name in every package it is generated into.
 * @throws Error when two components still end up with one name.
 */
export function componentTypeNames(componentNames: readonly string[], reserved: ReadonlySet<string>): Map<string, string> {
  const shortOf = (name: string): string => {
    const parts = name.split(".");
    let i = 0;
    // Leading lower-case segments are a proto package (`qcr.v1alpha`), not part of the type name.
    while (i < parts.length - 1 && /^[a-z]/.test(parts[i] ?? "")) i++;
    return typeIdentifier(parts.slice(i).join("."));
  };
  const counts = new Map<string, number>();
  for (const name of componentNames) counts.set(shortOf(name), (counts.get(shortOf(name)) ?? 0) + 1);
  const result = new Map<string, string>();
  const used = new Map<string, string>();
  for (const name of [...componentNames].sort()) {
    const short = shortOf(name);
    const chosen = counts.get(short) === 1 && !reserved.has(short) ? short : typeIdentifier(name);
    const clash = used.get(chosen);
    if (clash !== undefined) throw new Error(`Components ${clash} and ${name} both map to the type name ${chosen}`);
    used.set(chosen, name);
    result.set(name, chosen);
  }
  return result;
}

/** Escapes a value for a double-quoted TypeScript string literal. */
export function quote(value: string): string {
  return JSON.stringify(value);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property key as it must be written in an object literal or type (quoted when not an identifier). */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : quote(name);
}
