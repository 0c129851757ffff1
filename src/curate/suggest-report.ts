// suggest's output: for a person, each proposal with the words that name the record and the quote; for a
// tool, the same as JSON.
import type { Suggestions } from "./suggest.js";

export const suggestFormats = ["text", "json"] as const;
export type SuggestFormat = (typeof suggestFormats)[number];

const quoted = (words: readonly string[]) => words.map((w) => JSON.stringify(w)).join(", ");

export function suggestReport(s: Suggestions, format: SuggestFormat, written?: readonly string[]): string {
  if (format === "json") return `${JSON.stringify({ ...s, ...(written ? { written } : {}) }, null, 2)}\n`;
  const lines = [`${s.proposals.length} evidence item(s) proposed from article "${s.article}":`];
  for (const p of s.proposals) {
    const where = [p.evidence.from === "caption" ? "in a caption" : "", p.evidence.occurrence ? `occurrence ${p.evidence.occurrence}` : ""].filter(Boolean);
    const by = [p.words.length ? `named as ${quoted(p.words)}` : "", p.describedAs.length ? `described as ${quoted(p.describedAs)} (a description the data gives it alone: is it meant here?)` : "",
      ...p.refersBack.map((r) => `refers back as ${JSON.stringify(r.words)} to ${JSON.stringify(r.to)} (the nearest record named before with that noun: is it meant here?)`)];
    lines.push(`  ${p.collection}/${p.id}  ${by.filter(Boolean).join("; ")}${where.length ? ` (${where.join(", ")})` : ""}`, `    ${JSON.stringify(p.evidence.quote)}`);
    if (p.newNameForms.length) lines.push(`    new name form(s): ${quoted(p.newNameForms)}`);
  }
  lines.push(`${s.candidates.length} name(s) no record covers (candidates for new records, or for the article's nonNames):`);
  for (const c of s.candidates) lines.push(`  ${JSON.stringify(c.phrase)}${c.count > 1 ? ` (${c.count} times)` : ""}: ${JSON.stringify(c.sentence)}`);
  if (written) lines.push(`wrote ${written.length} record file(s), each new evidence marked "suggested": true: read each passage, then remove the mark (or the evidence)`);
  else if (s.proposals.length) lines.push("nothing written: run again with --write to add these, marked as suggested");
  return `${lines.join("\n")}\n`;
}
