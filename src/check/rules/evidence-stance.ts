import type { Rule } from "../rule.js";
import { objectsOf } from "../../shared/walk.js";
import { showExact } from "../seed-text.js";

/** What an evidence item says about how its passage states the value: on whose word, and how hedged. */
const STANCES = ["attributedTo", "hedge"] as const;

/**
 * The words by which a passage credits another source (`according to Press TV`) or hedges (`claimed`) are
 * words of that passage: they occur in the quote of the evidence item that carries them. Words found in no
 * quote at all are left to `stated-in-evidence`, which traces every `asStated`.
 */
export const evidenceStance: Rule = {
  name: "evidence-stance",
  description: "an evidence item's attributedTo and hedge words occur in its own quote",
  checkRecord(record, { report }) {
    for (const { node, pointer } of objectsOf(record.value)) {
      if (!Array.isArray(node.evidence)) continue;
      const items = node.evidence as unknown[];
      items.forEach((item, i) => {
        if (item === null || typeof item !== "object") return;
        const evidence = item as Record<string, unknown>;
        for (const stance of STANCES) {
          const words = (evidence[stance] as { asStated?: unknown } | undefined)?.asStated;
          if (typeof words !== "string" || typeof evidence.quote !== "string" || evidence.quote.includes(words)) continue;
          const elsewhere = items.some((other) => other !== item && typeof (other as { quote?: unknown })?.quote === "string" && (other as { quote: string }).quote.includes(words));
          if (!elsewhere) continue;
          report(record, {
            pointer: `${pointer}/evidence/${i}/${stance}/asStated`,
            message: `${showExact(words)} occurs in another evidence item's quote, not in the quote of the item that carries it`,
            hint: `move "${stance}" to the evidence item whose passage has these words`,
          });
        }
      });
    }
  },
};
