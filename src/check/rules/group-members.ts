import type { Rule } from "../rule.js";
import { refOf, reportLater, type RecordRef } from "../later.js";
import type { Finding } from "../diagnostic.js";

interface State {
  /** Every person's name forms, by id. */
  people: Map<string, string[]>;
  /** Members given by role only, with their words. */
  unnamed: { on: RecordRef; pointer: string; asStated: string }[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether a name form occurs in the words as a whole word ("Raúl" in "Raúl Castro", not in "Raúlito"). */
const namesIn = (form: string, words: string) => words.includes(form) && new RegExp(`(?<![\\p{L}\\p{M}])${escape(form)}(?![\\p{L}\\p{M}])`, "u").test(words);

/**
 * A group member the text names is linked to the person's record: a member kept by role only ("the
 * minister of health") must not be one whose words give a person's name. (A member linked to a person
 * that the text does not name is an identification: `certainty` says so, with a note.)
 */
export const groupMembers: Rule<State> = {
  name: "group-members",
  description: "a group member whose words name a person is linked to that person's record",
  start: () => ({ people: new Map(), unnamed: [] }),
  checkRecord(record, _context, state) {
    const value = record.value as { nameForms?: unknown; members?: unknown } | null;
    if (record.collection === "people" && Array.isArray(value?.nameForms)) state.people.set(record.name, value.nameForms.filter((f): f is string => typeof f === "string" && f !== ""));
    if (record.collection !== "groups" || !Array.isArray(value?.members)) return;
    value.members.forEach((m: { person?: unknown; asStated?: unknown } | null, i) => {
      if (m?.person === undefined && typeof m?.asStated === "string") state.unnamed.push({ on: refOf(record), pointer: `/members/${i}`, asStated: m.asStated });
    });
  },
  checkDirectory(listing, context, { people, unnamed }) {
    const findings: { on: RecordRef; finding: Finding }[] = [];
    for (const { on, pointer, asStated } of unnamed) {
      for (const [id, forms] of people) {
        const form = forms.find((f) => namesIn(f, asStated));
        if (form === undefined) continue;
        findings.push({
          on,
          finding: {
            pointer: `${pointer}/asStated`,
            message: `the member's words ${JSON.stringify(asStated)} name the person "${id}" (${JSON.stringify(form)}), but the member is not linked to that person`,
            hint: `set "person": "${id}"`,
          },
        });
        break;
      }
    }
    reportLater(listing, context, findings);
  },
};
