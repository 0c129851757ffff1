import type { Rule } from "../rule.js";
import { objectsOf } from "../../shared/walk.js";

/**
 * A date, date bound or period the text does not state outright was worked out by the curator: wherever
 * `derivation` is not `stated` (`weekday`, `relative`, `inferred`), a `note` says from what (which dated
 * passage a weekday was resolved against, which year a "current year" is).
 */
export const derivationNote: Rule = {
  name: "derivation-note",
  description: "every date, date bound and period not stated outright has a note saying how it was derived",
  checkRecord(record, { report }) {
    for (const { node, pointer } of objectsOf(record.value)) {
      const { derivation, note } = node;
      if (typeof derivation !== "string" || derivation === "stated" || (typeof note === "string" && note.trim() !== "")) continue;
      report(record, {
        pointer: `${pointer}/derivation`,
        message: `derivation is "${derivation}" but no note says how the date was worked out`,
        hint: 'add a "note" naming the dated passage it was resolved against (such as "the Thursday of the article\'s dateline, June 15, 2023")',
      });
    }
  },
};
