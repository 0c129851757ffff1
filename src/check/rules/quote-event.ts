import type { Rule } from "../rule.js";
import { refOf, reportLater, type RecordRef } from "../later.js";

interface State {
  /** Each event's notes that say a quotation is "not cited" there. */
  notCited: Map<string, string[]>;
  /** Each quote tied to an event, with the opening words of each variant. */
  quotes: { on: RecordRef; event: string; openings: string[] }[];
}

/** How many characters of a variant's words identify it in a note. */
const OPENING = 40;

/**
 * An event's record may decline a quotation it could seem to include: its note quotes the opening words
 * and says "not cited" (a hope for "mutual visits" names no visit). A quote tied to that event would
 * contradict the event's own record.
 */
export const quoteEvent: Rule<State> = {
  name: "quote-event",
  description: "a quote is not tied to an event whose notes say that quotation is not cited there",
  start: () => ({ notCited: new Map(), quotes: [] }),
  checkRecord(record, _context, state) {
    const value = (record.value ?? {}) as { notes?: unknown; event?: unknown; variants?: unknown };
    if (record.collection === "events" && Array.isArray(value.notes)) {
      const notes = value.notes.filter((n): n is string => typeof n === "string" && /\bnot cited\b/.test(n));
      if (notes.length) state.notCited.set(record.name, notes);
    }
    if (record.collection === "quotes" && typeof value.event === "string" && Array.isArray(value.variants)) {
      const openings = value.variants.map((v: { asStated?: unknown } | null) => (typeof v?.asStated === "string" ? v.asStated.slice(0, OPENING) : "")).filter((o) => o !== "");
      state.quotes.push({ on: refOf(record), event: value.event, openings });
    }
  },
  checkDirectory(listing, context, { notCited, quotes }) {
    const findings = quotes.flatMap(({ on, event, openings }) => {
      const note = (notCited.get(event) ?? []).find((n) => openings.some((o) => n.includes(o)));
      if (note === undefined) return [];
      return [
        {
          on,
          finding: {
            pointer: "/event",
            message: `the quote is tied to the event "${event}", whose notes say this quotation is not cited there: ${JSON.stringify(note.length > 160 ? `${note.slice(0, 160)}…` : note)}`,
            hint: "remove the quote's event, or, if the quotation does belong to the event, correct the event's note",
          },
        },
      ];
    });
    reportLater(listing, context, findings);
  },
};
