import { collections } from "../../shared/collections.js";
import type { Rule } from "../rule.js";
import { forEachReference } from "../../shared/schema-lookup.js";

/** The closest id, to suggest for a typo (only for small collections: this is a hint, not a search). */
function closest(id: string, ids: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(id.length / 4)) + 1;
  let n = 0;
  for (const candidate of ids) {
    if (++n > 2000) return undefined;
    const d = distance(id, candidate, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Every reference (person, organization, article, agreement...) names a record file that exists. Ids
 * are file names (id-matches-file holds them equal), so a reference resolves against the directory
 * listing: a target that exists but is broken is reported once, in its own file, not at every reference.
 */
export const references: Rule = {
  name: "references",
  description: "every reference to a person, organization, article or other record names an existing record file",
  checkRecord(record, { ids, report }) {
    forEachReference(record.collection, record.value, (collection, id, pointer) => {
      if (ids[collection].has(id)) return;
      const suggestion = closest(id, ids[collection]);
      report(record, {
        pointer: pointer(),
        message: `unknown ${collections[collection].singular} "${id}": there is no data/${collection}/${id}.json`,
        hint: suggestion ? `did you mean "${suggestion}"?` : `add the ${collections[collection].singular} record, or fix the id`,
      });
    });
  },
};
