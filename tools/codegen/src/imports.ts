// Collects the imports a generated file needs while its body is written, then prints them sorted,
// so that files never carry unused imports and never change order between runs.

/** Import bookkeeping for one generated file. */
export class Imports {
  readonly #values = new Map<string, Set<string>>();
  readonly #types = new Map<string, Set<string>>();

  /** Records a value import (function, class, const) and returns the local name. */
  value(module: string, name: string): string {
    const set = this.#values.get(module) ?? new Set();
    set.add(name);
    this.#values.set(module, set);
    return name;
  }

  /** Records a type-only import and returns the local name. */
  type(module: string, name: string): string {
    const set = this.#types.get(module) ?? new Set();
    set.add(name);
    this.#types.set(module, set);
    return name;
  }

  /** The import statements, packages first, then relative modules, each sorted by module and name. */
  print(): string {
    const modules = [...new Set([...this.#values.keys(), ...this.#types.keys()])].sort((a, b) => {
      const ra = a.startsWith(".") ? 1 : 0;
      const rb = b.startsWith(".") ? 1 : 0;
      return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
    });
    const lines: string[] = [];
    for (const module of modules) {
      const values = this.#values.get(module) ?? new Set<string>();
      const types = [...(this.#types.get(module) ?? [])].filter((t) => !values.has(t));
      const specifiers = [...[...values].map((v) => ({ name: v, text: v })), ...types.map((t) => ({ name: t, text: `type ${t}` }))]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((s) => s.text);
      if (specifiers.length === 0) continue;
      const onlyTypes = values.size === 0;
      const list = onlyTypes ? specifiers.map((s) => s.replace(/^type /, "")) : specifiers;
      lines.push(`import ${onlyTypes ? "type " : ""}{ ${list.join(", ")} } from "${module}";`);
    }
    return lines.join("\n");
  }
}
