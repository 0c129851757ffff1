import type { Rule } from "../rule.js";

/** No two records of a collection share an id. */
export const uniqueIds: Rule = {
  name: "unique-ids",
  description: "ids are unique within each collection",
  checkDirectory({ listing, idAt, fileAt }, { report }) {
    const seen = new Map<string, number>();
    listing.records.forEach((entry, index) => {
      const id = idAt(index);
      if (id === undefined) return;
      const key = `${entry.collection}/${id}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else report(fileAt(index), { pointer: "/id", message: `id "${id}" is already used by ${fileAt(first).file}`, hint: "each record needs its own id" });
    });
  },
};
