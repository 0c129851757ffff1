import type { Rule } from "../rule.js";
import { objectsOf } from "../../shared/walk.js";

const hasNote = (node: Record<string, unknown>) => typeof node.note === "string" && node.note.trim() !== "";

/**
 * A value the text does not state outright is a reading, and a reader must be told why it was read so:
 * wherever `certainty` is `interpretation` or `ambiguous` (a party, a place, an account of a signing, a
 * group member, a relation, a metonymy...), a `note` beside it says how the words were read.
 */
export const certaintyNote: Rule = {
  name: "certainty-note",
  description: "every value whose certainty is not \"stated\" has a note saying how the words were read",
  checkRecord(record, { report }) {
    for (const { node, pointer } of objectsOf(record.value)) {
      const { certainty } = node;
      if (typeof certainty !== "string" || certainty === "stated" || hasNote(node)) continue;
      report(record, {
        pointer: `${pointer}/certainty`,
        message: `certainty is "${certainty}" but no note says why`,
        hint: certainty === "ambiguous" ? 'add a "note" giving the readings the words allow' : 'add a "note" saying how the words were read (which passage, which identification)',
      });
    }
  },
};
