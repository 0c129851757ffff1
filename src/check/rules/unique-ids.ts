import type { CollectionName } from "../../shared/collections.js";
import type { Rule } from "../rule.js";

/** No two records of a collection share an id. */
export const uniqueIds: Rule<Map<CollectionName, Map<string, string>>> = {
  name: "unique-ids",
  description: "ids are unique within each collection",
  // Each collection's ids seen so far, with the file that declared each first (keyed by the id itself:
  // a `collection/id` key was a new string to build and hash for every record).
  start: () => new Map(),
  checkRecord(record, { report }, seen) {
    const id = record.id;
    if (id === undefined) return;
    let ids = seen.get(record.collection);
    if (!ids) seen.set(record.collection, (ids = new Map()));
    const first = ids.get(id);
    if (first === undefined) ids.set(id, record.file);
    else report(record, { pointer: "/id", message: `id "${id}" is already used by ${first}`, hint: "each record needs its own id" });
  },
};
