import type { Rule } from "../rule.js";

/** No two records of a collection share an id. */
export const uniqueIds: Rule = {
  name: "unique-ids",
  description: "ids are unique within each collection",
  checkDirectory({ listing, idAt, fileAt }, { report }) {
    // One map per collection, keyed by the id itself: no string is built per record.
    const seen = new Map<string, Map<string, number>>();
    listing.records.forEach((entry, index) => {
      const id = idAt(index);
      if (id === undefined) return;
      let ids = seen.get(entry.collection);
      if (!ids) seen.set(entry.collection, (ids = new Map()));
      const first = ids.get(id);
      if (first === undefined) ids.set(id, index);
      else report(fileAt(index), { pointer: "/id", message: `id "${id}" is already used by ${fileAt(first).file}`, hint: "each record needs its own id" });
    });
  },
};
