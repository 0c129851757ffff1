import type { Rule } from "../rule.js";

/** No two records of a collection share an id. */
export const uniqueIds: Rule<Map<string, string>> = {
  name: "unique-ids",
  description: "ids are unique within each collection",
  // Each collection's ids seen so far, with the file that declared each first.
  start: () => new Map(),
  checkRecord(record, { report }, seen) {
    const id = record.id;
    if (id === undefined) return;
    const key = `${record.collection}/${id}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, record.file);
    else report(record, { pointer: "/id", message: `id "${id}" is already used by ${first}`, hint: "each record needs its own id" });
  },
};
