// suggest's output: for a person, each proposal with the words that name the record and the quote; for a
// tool, the same as JSON.
import type { Suggestions } from "./suggest.js";

export const suggestFormats = ["text", "json"] as const;
export type SuggestFormat = (typeof suggestFormats)[number];

export function suggestReport(s: Suggestions, format: SuggestFormat, written?: readonly string[]): string {
  if (format === "json") return `${JSON.stringify({ ...s, ...(written ? { written } : {}) }, null, 2)}\n`;
  const lines = [`${s.proposals.length} evidence item(s) proposed from article "${s.article}":`];
  for (const p of s.proposals) {
    const occurrence = p.evidence.occurrence ? ` (occurrence ${p.evidence.occurrence})` : "";
    lines.push(`  ${p.collection}/${p.id}  named as ${p.words.map((w) => JSON.stringify(w)).join(", ")}${occurrence}`, `    ${JSON.stringify(p.evidence.quote)}`);
    if (p.newNameForms.length) lines.push(`    new name form(s): ${p.newNameForms.map((w) => JSON.stringify(w)).join(", ")}`);
  }
  lines.push(`${s.candidates.length} name(s) no record covers (candidates for new records, or for the article's nonNames):`);
  for (const c of s.candidates) lines.push(`  ${JSON.stringify(c.phrase)}${c.count > 1 ? ` (${c.count} times)` : ""}: ${JSON.stringify(c.sentence)}`);
  if (written) lines.push(`wrote ${written.length} record file(s), each new evidence marked "suggested": true: read each passage, then remove the mark (or the evidence)`);
  else if (s.proposals.length) lines.push("nothing written: run again with --write to add these, marked as suggested");
  return `${lines.join("\n")}\n`;
}
