// Loaded by the tools' vitest configs. vitest 5.1's failure reporter calls Map.groupBy, which Node 20
// lacks (it arrived in Node 21): without this a failing assertion is reported as
// "Map.groupBy is not a function" instead of its diff. Belongs in the root vitest.preset.ts.
if (typeof (Map as { groupBy?: unknown }).groupBy !== "function") {
  Object.defineProperty(Map, "groupBy", {
    configurable: true,
    writable: true,
    value: <K, V>(items: Iterable<V>, key: (item: V, index: number) => K): Map<K, V[]> => {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const k = key(item, index++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}
