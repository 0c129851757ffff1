import type { Rule } from "../rule.js";
import { refOf, reportLater, type RecordRef } from "../later.js";
import type { Finding } from "../diagnostic.js";
import { dateBefore } from "./supplied-document.js";

interface State {
  /** Each event's earliest date, by id. */
  starts: Map<string, string>;
  /** Events that end another, with every date and bound they carry. */
  ends: { on: RecordRef; endOf: string; dates: { pointer: string; value: string }[] }[];
}

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function datesIn(list: unknown, field: string): { pointer: string; value: string }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((d: { value?: unknown } | null, i) => (typeof d?.value === "string" && ISO_DATE.test(d.value) ? [{ pointer: `/${field}/${i}/value`, value: d.value }] : []));
}

/**
 * An event that ends another (a return that ends a tour) is not dated before the other begins: no date
 * or limit it carries is earlier than the earliest date any source gives the event it ends.
 */
export const endAfterStart: Rule<State> = {
  name: "end-after-start",
  description: "an event that ends another carries no date or date bound before the other's earliest date",
  start: () => ({ starts: new Map(), ends: [] }),
  checkRecord(record, _context, state) {
    if (record.collection !== "events") return;
    const event = (record.value ?? {}) as { date?: unknown; dateBounds?: unknown; endOf?: unknown };
    const dates = datesIn(event.date, "date");
    const earliest = dates.map((d) => d.value).sort()[0];
    if (earliest !== undefined) state.starts.set(record.name, earliest);
    if (typeof event.endOf === "string") state.ends.push({ on: refOf(record), endOf: event.endOf, dates: [...dates, ...datesIn(event.dateBounds, "dateBounds")] });
  },
  checkDirectory(listing, context, { starts, ends }) {
    const findings: { on: RecordRef; finding: Finding }[] = [];
    for (const { on, endOf, dates } of ends) {
      const start = starts.get(endOf);
      if (start === undefined) continue;
      for (const { pointer, value } of dates) {
        if (!dateBefore(value, start)) continue;
        findings.push({
          on,
          finding: { pointer, message: `the event ends "${endOf}", which begins on ${start}, but is dated ${value}, before that`, hint: `check this date and the dates of "${endOf}" against their words` },
        });
      }
    }
    reportLater(listing, context, findings);
  },
};
