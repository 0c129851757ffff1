// Each source text's licence and attribution, from its article record (`license`, `attributions`), carried
// into every export: datapackage.json, the Parquet metadata, the annotations and the JSON-LD. Whether the
// text itself travels with the exports is decided here too, from the licence its text states.
import { REDISTRIBUTABLE } from "../lib/licences.js";

export interface SourceTerms {
  article: string;
  seed: string;
  /** SPDX id of the licence the text states, when it states one. */
  spdx?: string;
  /** The licence's page in the SPDX licence list. */
  licenseUrl?: string;
  /** One line naming the source and who the text credits, for a reuser to copy. */
  attribution: string;
  /** What applies to the text: its stated licence, or that none is stated. */
  rights: string;
  /** Whether the text's own licence lets it travel with the exports (exports/seeds/). */
  travels: boolean;
  /** Where the text was retrieved from, as supplied with it (`document.url`). */
  url?: string;
}

interface ArticleLike {
  id: string;
  seed: string;
  title?: { asStated: string };
  license?: { asStated: string; spdx?: string };
  attributions?: { organization: string; relation: string }[];
  document?: { url?: string };
}

export function sourceTerms(article: ArticleLike, organizationName: (id: string) => string | undefined): SourceTerms {
  const credited = (article.attributions ?? []).map((a) => `${organizationName(a.organization) ?? a.organization} (${a.relation})`);
  const title = article.title ? `"${article.title.asStated}"` : `article ${article.id}`;
  const spdx = article.license?.spdx;
  const rights = article.license
    ? `Licensed by its text under the ${article.license.asStated}${spdx ? ` (${spdx})` : ""}.`
    : "The text states no licence: its rights stay with its publisher; it is quoted here for verification, not relicensed.";
  return {
    article: article.id,
    seed: article.seed,
    ...(spdx ? { spdx } : {}),
    ...(spdx ? { licenseUrl: `https://spdx.org/licenses/${spdx}.html` } : {}),
    attribution: `${title} (seed ${article.seed})${credited.length ? `; the text names ${credited.join(", ")}` : ""}. Quoted in the iran-cuba-relations dataset.`,
    rights,
    travels: spdx !== undefined && REDISTRIBUTABLE.has(spdx),
    ...(article.document?.url ? { url: article.document.url } : {}),
  };
}
