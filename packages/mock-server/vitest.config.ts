import { packageTests } from "../../vitest.preset";

// Vitest 5's reporter calls Map.groupBy (Node 21+) when it prints failed tests; on Node 20 the
// failure report itself crashes. The config runs in the reporter's process, so fill it in here.
if (typeof (Map as { groupBy?: unknown }).groupBy !== "function") {
  Object.defineProperty(Map, "groupBy", {
    configurable: true,
    writable: true,
    value<T, K>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const out = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const list = out.get(k);
        if (list) list.push(item);
        else out.set(k, [item]);
      }
      return out;
    },
  });
}

export default packageTests();
