// A version belongs to the outlet that states it. Evidence marked `"resolves": true` only resolves a value
// another passage states (the year of a "Saturday", the day a "yesterday" counts from): it is kept, so the
// derivation can be checked, but it never makes its article a source of the value. disagreements(),
// articlesSupporting(), the exports and the site credit articles through these helpers only.
import type { Evidence } from "../generated/schema/types.js";

/** Whether an evidence item only resolves the value beside it rather than stating it. */
export const resolvesOnly = (evidence: Pick<Evidence, "resolves">): boolean => evidence.resolves === true;

/** The evidence items that state the value: every item not marked `resolves`. */
export function statingEvidence<E extends Pick<Evidence, "resolves">>(evidence: readonly E[] | undefined): E[] {
  return (evidence ?? []).filter((e) => !resolvesOnly(e));
}

/** The articles whose own text states the value, each once, in order of first appearance. */
export function statingArticles(evidence: readonly Pick<Evidence, "article" | "resolves">[] | undefined): string[] {
  return [...new Set(statingEvidence(evidence).map((e) => e.article))];
}
