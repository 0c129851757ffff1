import type { Rule } from "../rule.js";
import { isEvidence } from "../../shared/walk.js";

/** The lists whose every entry is one source's report: an account of who signed, a wording of a quote. */
const REPORTS: Partial<Record<string, { field: string; what: string }>> = {
  agreements: { field: "signing", what: "account of the signing" },
  quotes: { field: "variants", what: "variant of the quote" },
};

/**
 * One source, one report: each account of an agreement's signing and each variant of a quote cites one
 * article, the one that reports it (`signingOf` and `variantsOf` name it). Two articles that report the
 * same thing get an entry each, so that where they differ, each keeps its own version.
 */
export const oneArticlePerReport: Rule = {
  name: "one-article-per-report",
  description: "each account of a signing and each variant of a quote cites exactly one article",
  checkRecord(record, { report }) {
    const reports = REPORTS[record.collection];
    const list = reports && (record.value as Record<string, unknown> | null)?.[reports.field];
    if (!reports || !Array.isArray(list)) return;
    list.forEach((entry: { evidence?: unknown } | null, i) => {
      const evidence = Array.isArray(entry?.evidence) ? entry.evidence.filter(isEvidence) : [];
      const articles = [...new Set(evidence.map((e) => e.article))];
      if (articles.length <= 1) return;
      report(record, {
        pointer: `/${reports.field}/${i}/evidence`,
        message: `this ${reports.what} cites ${articles.length} articles (${articles.map((a) => JSON.stringify(a)).join(", ")}): a report is one article's`,
        hint: `give each article its own entry in "${reports.field}", with its own words and evidence`,
      });
    });
  },
};
