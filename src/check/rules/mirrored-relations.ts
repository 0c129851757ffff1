import type { Rule } from "../rule.js";
import { refOf, reportLater, type RecordRef } from "../later.js";
import type { Finding } from "../diagnostic.js";

/** The relation each kind is seen as from the other person's side. */
const INVERSE: Record<string, string> = { sibling: "sibling", counterpart: "counterpart", predecessor: "successor", successor: "predecessor" };

interface Side {
  on: RecordRef;
  pointer: string;
  /** The period and certainty, as compared (a missing certainty is "stated"). */
  terms: string;
}

interface State {
  /** Each relation, by from, to, kind and words. */
  relations: Map<string, Side>;
  /** The people whose relations were read (a file that does not parse has none to compare). */
  people: Set<string>;
}

const key = (from: string, to: string, kind: string, asStated: string) => [from, to, kind, asStated].join("\u0000");

/** A stable text of a value, keys sorted, to compare periods whatever their key order. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
  return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`).join(",")}}`;
}

/**
 * A relation between two people is recorded on both, in the same words, with the same period and
 * certainty: Raúl Castro's `predecessor` Fidel Castro is Fidel Castro's `successor` Raúl Castro, so that
 * either record tells the whole of what the texts say about the two.
 */
export const mirroredRelations: Rule<State> = {
  name: "mirrored-relations",
  description: "a relation between two people is recorded on both of them, with the same words, period and certainty",
  start: () => ({ relations: new Map(), people: new Set() }),
  checkRecord(record, _context, state) {
    if (record.collection !== "people" || record.problem) return;
    state.people.add(record.name);
    const relations = (record.value as { relations?: unknown } | null)?.relations;
    if (!Array.isArray(relations)) return;
    relations.forEach((r: { person?: unknown; kind?: unknown; asStated?: unknown; period?: unknown; certainty?: unknown } | null, i) => {
      if (typeof r?.person !== "string" || typeof r.kind !== "string" || typeof r.asStated !== "string" || !INVERSE[r.kind]) return;
      const k = key(record.name, r.person, r.kind, r.asStated);
      if (!state.relations.has(k)) state.relations.set(k, { on: refOf(record), pointer: `/relations/${i}`, terms: stable([r.period ?? null, r.certainty ?? "stated"]) });
    });
  },
  checkDirectory(listing, context, { relations, people }) {
    const findings: { on: RecordRef; finding: Finding }[] = [];
    for (const [k, side] of relations) {
      const [from, to, kind, asStated] = k.split("\u0000") as [string, string, string, string];
      if (!people.has(to) || to === from) continue; // a dangling or unreadable person is reported by its own rule
      const mirror = relations.get(key(to, from, INVERSE[kind]!, asStated));
      if (!mirror) {
        findings.push({
          on: side.on,
          finding: {
            pointer: side.pointer,
            message: `"${to}" records no ${INVERSE[kind]} relation to "${from}" in the words ${JSON.stringify(asStated)}`,
            hint: `add to data/people/${to}.json a relation { "person": "${from}", "kind": "${INVERSE[kind]}", "asStated": ${JSON.stringify(asStated)} } with the same period, certainty and evidence`,
          },
        });
      } else if (mirror.terms !== side.terms && from < to) {
        findings.push({
          on: side.on,
          finding: { pointer: side.pointer, message: `the ${kind} relation to "${to}" has another period or certainty than its mirror in "${to}"`, hint: "both sides of a relation give the same period and certainty" },
        });
      }
    }
    reportLater(listing, context, findings);
  },
};
