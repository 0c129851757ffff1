// Who states a value: the rows of a stated table are one per value and per article whose text states it,
// so a researcher filters or joins on `article` and never through evidence pointers.
import type { Evidence } from "../../src/generated/schema/types.js";
import type { EvidenceAt } from "../../src/relations.js";
import { resolvesOnly } from "../../src/shared/stating.js";

export type { EvidenceAt };

/** The evidence list of an object, with pointers, or undefined when it has none of its own. */
export function ownEvidence(value: unknown, pointer: string): EvidenceAt[] | undefined {
  const list = value !== null && typeof value === "object" ? (value as { evidence?: unknown }).evidence : undefined;
  return Array.isArray(list) ? (list as Evidence[]).map((evidence, i) => ({ evidence, pointer: `${pointer}/evidence/${i}` })) : undefined;
}

/**
 * The evidence that states a value (never one that only resolves it), one item per article in order of first appearance: its own evidence; else (as
 * disagreements() reads an entry without evidence) the enclosing quotes that contain its words; else
 * every enclosing quote, for a value with no words of its own.
 */
export function statingEvidence(value: unknown, pointer: string, enclosing: readonly EvidenceAt[]): EvidenceAt[] {
  const words = value !== null && typeof value === "object" ? (value as { asStated?: unknown }).asStated : undefined;
  let evidence = ownEvidence(value, pointer);
  if (!evidence) {
    const containing = typeof words === "string" ? enclosing.filter((e) => e.evidence.quote.includes(words)) : [];
    evidence = containing.length ? containing : [...enclosing];
  }
  // Evidence that only resolves the value (the year of a weekday) does not make its article a source of it.
  evidence = evidence.filter((e) => !resolvesOnly(e.evidence));
  // Per article, the first quote holding the value's words (the passage that states it), else its first quote.
  const byArticle = new Map<string, EvidenceAt>();
  const holdsWords = (e: EvidenceAt) => typeof words === "string" && e.evidence.quote.includes(words);
  for (const e of evidence) {
    const chosen = byArticle.get(e.evidence.article);
    if (!chosen || (!holdsWords(chosen) && holdsWords(e))) byArticle.set(e.evidence.article, e);
  }
  return [...byArticle.values()];
}
