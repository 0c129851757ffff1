import type { Rule } from "../rule.js";
import { showExact } from "../seed-text.js";
import { allEvidence } from "../../shared/walk.js";

/** Every evidence quote occurs exactly, byte for byte, in the seed of the article it cites. */
export const quoteInSeed: Rule = {
  name: "quote-in-seed",
  description: "every evidence quote occurs exactly in the seed text of the article it cites",
  checkRecord(record, { seedText, report, count }) {
    for (const { evidence, pointer } of allEvidence(record.value)) {
      const seed = seedText(evidence.article);
      if (!seed) continue; // unknown article or unusable seed: references or seed-integrity reports it
      count("evidence quotes traced");
      if (seed.occurrences(evidence.quote).length > 0) continue; // searched once for this and the placement rules
      const nears = seed.nearMisses(evidence.quote);
      if (nears.length > 1) {
        report(record, {
          pointer: `${pointer}/quote`,
          message: `quote not found exactly in the seed of "${evidence.article}": it differs only in whitespace, quote or dash style from ${nears.length} different passages: ${nears.map((n) => showExact(n.exact)).join(", ")}`,
          hint: "copy the passage you mean exactly (fix cannot choose between them)",
        });
        continue;
      }
      const near = nears[0];
      if (near) {
        report(record, {
          pointer: `${pointer}/quote`,
          message: `quote not found exactly in the seed of "${evidence.article}": it differs only in ${near.differences.join(" and ")}. The source has: ${showExact(near.exact)}`,
          hint: "copy the source's exact text (`iran-cuba-relations fix` does it for you)",
        });
        continue;
      }
      const { matched, sourceContinues } = seed.longestMatchingStart(evidence.quote);
      report(record, {
        pointer: `${pointer}/quote`,
        message: matched.length >= 8
          ? `quote not found in the seed of "${evidence.article}": it matches up to ${showExact(matched.slice(-40))}, where the quote goes on with ${showExact(evidence.quote.slice(matched.length, matched.length + 30))} but the source has ${showExact(sourceContinues)}`
          : `quote not found in the seed of "${evidence.article}"`,
        hint: "quotes are copied exactly from the seed text, typos included; check the cited article",
      });
    }
  },
};
