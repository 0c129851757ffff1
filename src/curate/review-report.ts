// review's output: the same sections in plain text (a terminal), Markdown (a pull request's job summary)
// and JSON (tools).
import type { Cited, Review, ValueChange } from "./review.js";

export const reviewFormats = ["text", "markdown", "json"] as const;
export type ReviewFormat = (typeof reviewFormats)[number];

const show = (s: string) => JSON.stringify(s);
const citation = (e: Cited) => `${show(e.quote)} (${e.article}${e.occurrence ? `, occurrence ${e.occurrence}` : ""})${e.suggested ? " [suggested]" : ""}`;

function valueLine(v: ValueChange): string[] {
  const fields = Object.entries(v.value).filter(([k]) => !["asStated", "certainty", "derivation"].includes(k));
  const what = fields.length ? ` ${fields.map(([k, x]) => `${k}=${JSON.stringify(x)}`).join(" ")}` : "";
  const head = `${v.change} ${v.record} ${v.pointer}${what}${v.words !== undefined ? ` words ${show(v.words)}` : ""}`;
  const reading = [v.certainty && v.certainty !== "stated" ? `certainty ${v.certainty}` : "", v.derivation && v.derivation !== "stated" ? `derivation ${v.derivation}` : ""].filter(Boolean).join(", ");
  return [head, ...v.evidence.map((e) => `  quote ${citation(e)}`), ...(reading ? [`  ${reading}${v.note ? `: ${v.note}` : " (no note)"}`] : [])];
}

function sections(r: Review): [string, string[][]][] {
  return [
    ["Records added", r.added.map((k) => [k])],
    ["Records removed", r.removed.map((k) => [k])],
    ["Records renamed (same content, new id)", r.renamed.map((x) => [`${x.from} → ${x.to}`])],
    ["Values added, changed or removed", r.values.map(valueLine)],
    ["Readings to judge (certainty not stated, derived dates)", r.readings.map(valueLine)],
    ["Notes added or rewritten", r.notes.map((n) => [`${n.change} ${n.record} ${n.pointer}: ${show(n.note)}`, ...(n.before ? [`  was: ${show(n.before)}`] : [])])],
    ["Disagreements and variants that appear or disappear", r.differences.map((d) => [`${d.change}: ${d.key}`])],
    ["Suggested marks still present", r.suggested.map((s) => [`${s.record} ${s.pointer}: ${citation(s.evidence)}`])],
  ];
}

/** Text from the data as Markdown text: no tag, entity or table cell can start in it. */
const markdownSafe = (text: string) => text.replace(/[&<>|]/g, (c) => (c === "|" ? "\\|" : `&${{ "&": "amp", "<": "lt", ">": "gt" }[c]};`));

export function reviewReport(r: Review, format: ReviewFormat): string {
  if (format === "json") return `${JSON.stringify(r, null, 2)}\n`;
  const md = format === "markdown";
  const out = [md ? `## What this change claims (since \`${r.ref}\`)` : `What the data claims since ${r.ref}:`];
  for (const [title, items] of sections(r)) {
    if (items.length === 0) continue;
    out.push("", md ? `### ${title} (${items.length})` : `${title} (${items.length}):`);
    // Markdown: a list item, its continuation lines indented under it; text: two spaces a level.
    for (const [first, ...rest] of items) out.push(md ? `- ${markdownSafe(first!)}` : `  ${first}`, ...rest.map((l) => (md ? `  - ${markdownSafe(l.trim())}` : `  ${l}`)));
  }
  if (out.length === 1) out.push("", "no change to the data");
  return `${out.join("\n")}\n`;
}
