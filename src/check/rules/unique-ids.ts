import type { Rule } from "../rule.js";

/** No two records of a collection share an id. */
export const uniqueIds: Rule = {
  name: "unique-ids",
  description: "ids are unique within each collection",
  run({ dataset, report }) {
    const seen = new Map<string, string>();
    for (const record of dataset.records) {
      const id = record.id;
      if (id === undefined) continue;
      const key = `${record.collection}/${id}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, record.file);
      else report(record, { pointer: "/id", message: `id "${id}" is already used by ${first}`, hint: "each record needs its own id" });
    }
  },
};
