import type { Rule } from "../rule.js";
import { lineAt, placeAmong } from "../../shared/locate.js";
import { allEvidence } from "../../shared/walk.js";

/**
 * Every quote has one place in its seed: a quote that occurs more than once states which occurrence
 * (`occurrence`), so the exports, the package's positions and the site never guess. Positions are the
 * build's output (`position`, in dist/data), never written in data/.
 */
export const quotePlacement: Rule = {
  name: "quote-placement",
  description: "a quote that occurs more than once in its seed states which occurrence it means; positions are not written in data/",
  checkRecord(record, { seedText, report }) {
    for (const { evidence, pointer } of allEvidence(record.value)) {
      if ((evidence as { position?: unknown }).position !== undefined) {
        report(record, { pointer: `${pointer}/position`, message: "position is written by the build into the package's data, not kept in data/", hint: 'remove "position"; state "occurrence" when the quote occurs more than once' });
      }
      const seed = seedText(evidence.article);
      if (!seed) continue; // unknown article or unusable seed: references or seed-integrity reports it
      const occurrence = typeof evidence.occurrence === "number" ? evidence.occurrence : undefined;
      const found = seed.occurrences(evidence.quote);
      const placed = placeAmong(found, occurrence);
      if (placed.ok || placed.problem === "missing") continue; // quote-in-seed reports a missing quote
      const lines = () => found.map((i) => lineAt(seed.text, i)).join(", ");
      if (placed.problem === "ambiguous") {
        report(record, {
          pointer: `${pointer}/quote`,
          message: `quote occurs ${placed.occurrences} times in the seed of "${evidence.article}" (lines ${lines()}): which one is meant is not stated`,
          hint: `add "occurrence": 1 to ${placed.occurrences}, counting from the start of the seed, for the passage the value comes from`,
        });
      } else if (placed.problem === "no-such-occurrence") {
        report(record, {
          pointer: `${pointer}/occurrence`,
          message: `occurrence ${occurrence} does not exist: the quote occurs ${placed.occurrences} times in the seed of "${evidence.article}" (lines ${lines()})`,
          hint: `use 1 to ${placed.occurrences}`,
        });
      } else {
        report(record, { pointer: `${pointer}/occurrence`, message: `occurrence is stated, but the quote occurs only once in the seed of "${evidence.article}"`, hint: 'remove "occurrence"' });
      }
    }
  },
};
