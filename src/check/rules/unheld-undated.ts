import type { Rule } from "../rule.js";

/**
 * An event's `date` is when it happened. One that no source reports as held (planned, postponed,
 * cancelled) has not happened, so it has no date: what the texts say of when it will happen is a limit
 * (`dateBounds`, "by the end of the current year"). A later report that it was held adds a `held` status,
 * and its date with it.
 */
export const unheldUndated: Rule = {
  name: "unheld-undated",
  description: "an event no source reports as held has no date of its happening; its limits are dateBounds",
  checkRecord(record, { report }) {
    if (record.collection !== "events") return;
    const { status, date } = (record.value ?? {}) as { status?: unknown; date?: unknown };
    if (!Array.isArray(status) || status.length === 0 || !Array.isArray(date) || date.length === 0) return;
    const values = status.map((s: { value?: unknown } | null) => s?.value);
    if (values.includes("held")) return;
    report(record, {
      pointer: "/date",
      message: `the event has a date of its happening, but no source reports it as held (its status: ${[...new Set(values.map(String))].join(", ")})`,
      hint: 'give when it is to happen as "dateBounds" (with "bound" no-later-than or no-earlier-than), or add the "held" status of the source that reports it happened',
    });
  },
};
