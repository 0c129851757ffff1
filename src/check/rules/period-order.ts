import type { Rule } from "../rule.js";
import { objectsOf } from "../../shared/walk.js";

/** The part of an ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) two dates share in precision, for comparing `2011` with `2011-05`. */
const isoDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * A period never ends before it starts. The schema checks each bound is a calendar date but cannot relate
 * two of them; this compares them at the precision both give (`2018` against `2018-03` compares years).
 */
export const periodOrder: Rule = {
  name: "period-order",
  description: "a period's start is not after its end",
  checkRecord(record, { report }) {
    for (const { node, pointer } of objectsOf(record.value)) {
      const { start, end } = node;
      if (typeof start !== "string" || typeof end !== "string" || !isoDate.test(start) || !isoDate.test(end)) continue;
      const n = Math.min(start.length, end.length);
      if (start.slice(0, n) > end.slice(0, n)) {
        report(record, { pointer: `${pointer}/end`, message: `period ends (${end}) before it starts (${start})`, hint: "check both bounds against the words in asStated" });
      }
    }
  },
};
