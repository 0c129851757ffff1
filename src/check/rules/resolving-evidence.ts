import type { Rule } from "../rule.js";
import { objectsOf } from "../../shared/walk.js";
import { resolvesOnly } from "../../shared/stating.js";
import { showExact } from "../seed-text.js";

/**
 * Evidence marked `"resolves": true` only resolves a derived value (the date a weekday counts from), so
 * it never credits its article: a value needs evidence that states it, its words must be stated there,
 * and nothing stated outright has anything to resolve.
 */
export const resolvingEvidence: Rule = {
  name: "resolving-evidence",
  description: "evidence that only resolves a value stands beside a derived value, never alone, and the value's words occur in evidence that states it",
  checkRecord(record, { report }) {
    for (const { node, pointer, evidence } of objectsOf(record.value)) {
      const own = Array.isArray(node.evidence) ? evidence : undefined;
      if (own?.some(resolvesOnly)) {
        if (own.every(resolvesOnly)) {
          report(record, {
            pointer: `${pointer}/evidence`,
            message: "every evidence item here only resolves the value (\"resolves\": true): no article states it",
            hint: "add the passage that states the value, without \"resolves\"; an article whose text states the value is its source",
          });
        }
        const derivation = node.derivation;
        if (typeof derivation !== "string" || derivation === "stated") {
          const i = own.findIndex(resolvesOnly);
          report(record, {
            pointer: `${pointer}/evidence/${(node.evidence as unknown[]).indexOf(own[i])}/resolves`,
            message: `evidence marked "resolves" beside a value ${typeof derivation === "string" ? `whose derivation is "${derivation}"` : "that has no derivation"}: only a derived value has anything to resolve`,
            hint: 'set "derivation" to how the value was derived (weekday, relative, inferred) and say against what in "note", or remove "resolves"',
          });
        }
      }
      // The words of a value must be stated: a verbatim string found only in resolving passages is not.
      const list = own ?? evidence;
      if (typeof node.asStated === "string" && list?.some(resolvesOnly)) {
        const words = node.asStated;
        const stated = list.some((e) => !resolvesOnly(e) && e.quote.includes(words));
        if (!stated && list.some((e) => resolvesOnly(e) && e.quote.includes(words))) {
          report(record, {
            pointer: `${pointer}/asStated`,
            message: `${showExact(words)} occurs only in evidence that resolves the value, not in evidence that states it`,
            hint: 'the article whose words these are states the value: remove "resolves" from its evidence, or quote the words from the stating passage',
          });
        }
      }
    }
  },
};
