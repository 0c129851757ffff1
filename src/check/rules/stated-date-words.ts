import type { Rule } from "../rule.js";
import { objectsOf } from "../../shared/walk.js";

const ISO_DATE = /^(\d{4})(?:-\d{2}){0,2}$/;

/**
 * A date said to be `stated` is read from the words beside it, so their year is in them: "June 15, 2023"
 * may give 2023-06-15, "from 2011 to 2021" may give 2011 and 2021, but "on Thursday" or "the current
 * year" states no year, and its date is derived (`weekday`, `relative`, `inferred`, with a note).
 */
export const statedDateWords: Rule = {
  name: "stated-date-words",
  description: "a date, bound or period whose derivation is \"stated\" has its year in its words",
  checkRecord(record, { report }) {
    for (const { node, pointer } of objectsOf(record.value)) {
      if (node.derivation !== "stated" || typeof node.asStated !== "string") continue;
      for (const key of ["value", "start", "end"]) {
        const date = node[key];
        const year = typeof date === "string" ? ISO_DATE.exec(date)?.[1] : undefined;
        if (year === undefined || node.asStated.includes(year)) continue;
        report(record, {
          pointer: `${pointer}/${key}`,
          message: `${key} ${date} is said to be stated, but its words ${JSON.stringify(node.asStated)} do not give the year ${year}`,
          hint: 'if the year comes from elsewhere (a dateline, the article\'s date), set "derivation" to "weekday", "relative" or "inferred" and say how in a "note"',
        });
      }
    }
  },
};
