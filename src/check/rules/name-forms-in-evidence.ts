import type { Rule } from "../rule.js";
import { looseMatchesIn, looseMatchFinding, SeedText, showExact } from "../seed-text.js";
import { allEvidence } from "../../shared/walk.js";
import { firstOccurrences } from "../substrings.js";

/** Every name form of a record occurs in one of the record's own evidence quotes. */
export const nameFormsInEvidence: Rule = {
  name: "name-forms-in-evidence",
  description: "every name form occurs in some evidence quote of its record",
  checkRecord(record, { report, count, searchSteps }) {
    const forms = (record.value as { nameForms?: unknown } | null | undefined)?.nameForms;
    if (!Array.isArray(forms)) return;
    const quotes = allEvidence(record.value).map(({ evidence }) => evidence.quote);
    // All forms in one pass over the quotes: form by form, quote by quote, is quadratic on a hostile record.
    const found = firstOccurrences(forms.map((form: unknown) => (typeof form === "string" ? form : "")), quotes, searchSteps);
    // Near misses, too, are first looked for in one pass; only a form that has one is matched in full.
    const texts = quotes.map((q) => new SeedText(q));
    const near = SeedText.nearMissFound(texts, forms.map((form: unknown, i) => (typeof form === "string" && !found[i] ? form : "")), searchSteps);
    forms.forEach((form: unknown, i) => {
      if (typeof form !== "string") return; // the schema rule reports it
      count("name forms traced");
      if (found[i]) return;
      const matches = near[i] ? looseMatchesIn(texts, form, searchSteps) : [];
      const loose = looseMatchFinding(`name form ${showExact(form)}`, "this record's evidence", matches);
      // The exact form may be listed already: then this one is a stray copy, not a form to repair.
      const listed = matches.length === 1 && forms.includes(matches[0]!.exact);
      report(record, {
        pointer: `/nameForms/${i}`,
        ...(loose && listed
          ? { message: `${loose.message}, which is already a name form of this record`, hint: "remove this name form: the exact one is listed" }
          : (loose ?? { message: `name form ${showExact(form)} does not occur in any evidence quote of this record`, hint: "add evidence whose quote contains the name exactly as written" })),
      });
    });
  },
};
