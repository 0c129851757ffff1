// Which outlet an article is from: the accessors (variantsOf), the exports and the site name articles by
// it. What the text itself says comes first; the supplied document metadata fills in where it says nothing.

/** The parts of an article record the outlet is read from. */
export interface ArticleOutletFields {
  attributions?: readonly { organization: string; relation: string }[];
  document?: { outlet?: { name: string; organization?: string } };
}

export interface ArticleOutlet {
  /** The outlet's organization record, when there is one. */
  organization?: string;
  /** The outlet's name as supplied with the document, when it comes from there. */
  suppliedName?: string;
  /** Where it comes from: the text's publisher or licensor attribution, or the supplied document metadata. */
  source: "publisher" | "licensor" | "supplied";
}

/**
 * The organization the article's text names as its publisher, else as its licensor; else the outlet
 * supplied with the document (`document.outlet`); undefined when none is known.
 */
export function articleOutlet(article: ArticleOutletFields): ArticleOutlet | undefined {
  for (const relation of ["publisher", "licensor"] as const) {
    const named = (article.attributions ?? []).find((a) => a.relation === relation);
    if (named) return { organization: named.organization, source: relation };
  }
  const supplied = article.document?.outlet;
  if (!supplied) return undefined;
  return { ...(supplied.organization ? { organization: supplied.organization } : {}), suppliedName: supplied.name, source: "supplied" };
}
