import type { Rule } from "../rule.js";
import { showExact } from "../seed-text.js";
import { allEvidence } from "../../walk.js";
import { firstOccurrences } from "../substrings.js";

/** Every name form of a record occurs in one of the record's own evidence quotes. */
export const nameFormsInEvidence: Rule = {
  name: "name-forms-in-evidence",
  description: "every name form occurs in some evidence quote of its record",
  checkRecord(record, { report, count }) {
    const forms = (record.value as { nameForms?: unknown } | null | undefined)?.nameForms;
    if (!Array.isArray(forms)) return;
    const quotes = allEvidence(record.value).map(({ evidence }) => evidence.quote);
    // All forms in one pass over the quotes: form by form, quote by quote, is quadratic on a hostile record.
    const found = firstOccurrences(forms.map((form: unknown) => (typeof form === "string" ? form : "")), quotes);
    forms.forEach((form: unknown, i) => {
      if (typeof form !== "string") return; // the schema rule reports it
      count("name forms traced");
      if (found[i]) return;
      report(record, {
        pointer: `/nameForms/${i}`,
        message: `name form ${showExact(form)} does not occur in any evidence quote of this record`,
        hint: "add evidence whose quote contains the name exactly as written",
      });
    });
  },
};
