// Which component schemas a package needs, in which direction, and in what order their schema
// consts must be declared (dependencies first; references inside a cycle go through `lazy`).
import { CORE_COMPONENTS } from "./context";
import type { InputField, OperationModel } from "./model";
import { directRefs, enumValues, reachableComponents } from "./schema-shape";
import { componentSchema, type JsonSchema, type OpenApiDocument } from "./spec";

/** The components a package uses, split by direction. */
export interface PackageComponents {
  /** Reachable from response bodies (lenient schemas and output types). */
  output: Set<string>;
  /** Reachable from request input (enum values, input object types). */
  input: Set<string>;
}

function fieldSchemas(field: InputField): JsonSchema[] {
  return field.schema ? [field.schema] : (field.children ?? []).map((c) => c.schema);
}

/** The components reachable from the operations' responses and from their input. */
export function packageComponents(doc: OpenApiDocument, operations: readonly OperationModel[]): PackageComponents {
  const outputRoots = operations.flatMap((op) => (op.response ? directRefs(op.response) : []));
  const inputRoots = operations.flatMap((op) => op.fields.flatMap((f) => fieldSchemas(f).flatMap(directRefs)));
  return { output: reachableComponents(doc, outputRoots), input: reachableComponents(doc, inputRoots) };
}

/** True when the component is a string enum. */
export function isEnum(doc: OpenApiDocument, component: string): boolean {
  return enumValues(componentSchema(doc, component)) !== undefined;
}

/**
 * Object components that appear in request input, mapped to their input type name: the plain
 * name when the component never appears in a response anywhere, else `<Name>Input`.
 */
export function inputTypeNames(
  doc: OpenApiDocument,
  all: readonly PackageComponents[],
  names: ReadonlyMap<string, string>,
): Map<string, string> {
  const output = new Set(all.flatMap((c) => [...c.output]));
  const out = new Map<string, string>();
  for (const component of [...new Set(all.flatMap((c) => [...c.input]))].sort()) {
    if (isEnum(doc, component) || CORE_COMPONENTS[component]) continue;
    const name = names.get(component) as string;
    out.set(component, output.has(component) ? `${name}Input` : name);
  }
  return out;
}

/** Declaration order of output schema consts, and the references that must be lazy. */
export interface SchemaOrder {
  order: string[];
  /** For each component, the components it references from inside its own cycle. */
  lazy: Map<string, Set<string>>;
}

/**
 * Orders components so that each comes after everything it references, except references within
 * a strongly connected component (recursive schemas), which are reported as lazy.
 */
export function schemaOrder(doc: OpenApiDocument, components: ReadonlySet<string>): SchemaOrder {
  const nodes = [...components].sort();
  const edges = new Map(nodes.map((n) => [n, directRefs(componentSchema(doc, n)).filter((r) => components.has(r)).sort()]));
  // Tarjan's algorithm for strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const scc = new Map<string, number>();
  let counter = 0;
  let sccCount = 0;
  const connect = (n: string): void => {
    index.set(n, counter);
    low.set(n, counter);
    counter++;
    stack.push(n);
    onStack.add(n);
    for (const m of edges.get(n) ?? []) {
      if (!index.has(m)) {
        connect(m);
        low.set(n, Math.min(low.get(n) as number, low.get(m) as number));
      } else if (onStack.has(m)) {
        low.set(n, Math.min(low.get(n) as number, index.get(m) as number));
      }
    }
    if (low.get(n) === index.get(n)) {
      let m: string;
      do {
        m = stack.pop() as string;
        onStack.delete(m);
        scc.set(m, sccCount);
      } while (m !== n);
      sccCount++;
    }
  };
  for (const n of nodes) if (!index.has(n)) connect(n);

  const lazy = new Map<string, Set<string>>();
  const order: string[] = [];
  const done = new Set<string>();
  const visit = (n: string): void => {
    if (done.has(n)) return;
    done.add(n);
    for (const m of edges.get(n) ?? []) {
      if (scc.get(m) === scc.get(n)) {
        const set = lazy.get(n) ?? new Set<string>();
        set.add(m);
        lazy.set(n, set);
      } else {
        visit(m);
      }
    }
    order.push(n);
  };
  for (const n of nodes) visit(n);
  return { order, lazy };
}
