// How much of the curators' evidence `suggest` would have proposed: each of the articles of data/ is taken
// in turn as if it were new (the others in place, its own evidence removed from every record of an
// in-memory copy), and suggest's proposals are matched against the evidence the curators gave from it.
// Writes docs/suggest.md. Usage: tsx scripts/measure-suggest.ts [--data dir] [--out file]
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { collectionNames, type CollectionName } from "../src/shared/collections.js";
import { occurrencesIn, placeQuote } from "../src/shared/locate.js";
import { walkObjects } from "../src/shared/walk.js";
import { readDataset, type Dataset } from "../src/dataset/read.js";
import { suggest } from "../src/curate/suggest.js";
import { banner } from "./lib/artefacts.js";
import { exitOnDataError } from "./lib/data-errors.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const { values: args } = parseArgs({ options: { data: { type: "string", default: join(root, "data") }, out: { type: "string", default: join(root, "docs/suggest.md") } } });
const out = args.out!;
const TARGET = ["people", "organizations", "places"];

type Span = { start: number; end: number };
interface Tally { curated: number; found: number; proposals: number; kept: number; leftOut: number }
const tallies = new Map<CollectionName, Tally>(collectionNames.map((c) => [c, { curated: 0, found: 0, proposals: 0, kept: 0, leftOut: 0 }]));
const perArticle: { article: string; curated: number; found: number; proposals: number; kept: number; ms: number }[] = [];
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

let data!: Dataset;
if (exitOnDataError(() => (data = readDataset(args.data!))) !== 0) process.exit(1);
for (const { id: article } of data.records.articles) {
  const text = data.seeds.get(article)!.text;
  // Spans suggest never quotes by design: non-content spans.
  const a = data.records.articles.find((r) => r.id === article) as { nonContent?: { quote: string }[] };
  const leftOut = (a.nonContent ?? []).flatMap(({ quote }) => occurrencesIn(text, quote).map((start) => ({ start, end: start + quote.length })));
  // The curated items: every evidence item from the article, in any record, placed in the seed.
  const curated = new Map<string, Span[]>();
  const copy = structuredClone(data.records) as Dataset["records"];
  for (const collection of collectionNames) {
    for (const record of copy[collection]) {
      const spans: Span[] = [];
      walkObjects(record, (node) => {
        if (!Array.isArray(node.evidence)) return;
        node.evidence = (node.evidence as { article: string; quote: string; occurrence?: number }[]).filter((e) => {
          if (e.article !== article) return true;
          const placed = placeQuote(text, e.quote, e.occurrence);
          if (placed.ok) spans.push({ start: placed.index, end: placed.index + e.quote.length });
          return false;
        });
      });
      if (spans.length && collection !== "articles") curated.set(`${collection}/${record.id}`, spans);
    }
  }
  const started = performance.now();
  const { proposals } = suggest({ ...data, records: copy }, article);
  const ms = performance.now() - started;
  const proposed = new Map<string, Span[]>();
  for (const p of proposals) {
    const placed = placeQuote(text, p.evidence.quote, p.evidence.occurrence);
    if (!placed.ok) throw new Error(`proposal not placed: ${p.evidence.quote}`);
    const key = `${p.collection}/${p.id}`;
    proposed.set(key, [...(proposed.get(key) ?? []), { start: placed.index, end: placed.index + p.evidence.quote.length }]);
  }
  const row = { article, curated: 0, found: 0, proposals: 0, kept: 0, ms };
  for (const [key, spans] of curated) {
    const t = tallies.get(key.split("/")[0] as CollectionName)!;
    const mine = proposed.get(key) ?? [];
    const found = spans.filter((s) => mine.some((p) => overlaps(s, p))).length;
    t.curated += spans.length;
    t.leftOut += spans.filter((s) => leftOut.some((l) => l.start <= s.start && s.end <= l.end)).length;
    t.found += found;
    row.curated += spans.length;
    row.found += found;
  }
  for (const [key, spans] of proposed) {
    const t = tallies.get(key.split("/")[0] as CollectionName)!;
    const kept = spans.filter((p) => (curated.get(key) ?? []).some((s) => overlaps(s, p))).length;
    t.proposals += spans.length;
    t.kept += kept;
    row.proposals += spans.length;
    row.kept += kept;
  }
  perArticle.push(row);
}

const pct = (a: number, b: number) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)}%`);
const rows = collectionNames.filter((c) => c !== "articles").map((c) => {
  const t = tallies.get(c)!;
  return `| ${c} | ${t.curated} | ${t.leftOut} | ${t.found} | ${pct(t.found, t.curated)} | ${pct(t.found, t.curated - t.leftOut)} | ${t.proposals} | ${t.kept} | ${pct(t.kept, t.proposals)} |`;
});
const sum = (k: keyof Tally, cs: string[]) => cs.reduce((n, c) => n + tallies.get(c as CollectionName)![k], 0);
const target = TARGET.map((c) => ({ c, recall: sum("found", [c]) / Math.max(1, sum("curated", [c])) }));
const missed = target.filter((t) => t.recall < 0.9);
const doc = `${banner(out, "scripts/measure-suggest.ts")}# How much of the curators' evidence \`suggest\` proposes

Each of the ${data.records.articles.length} articles of the data is taken in turn as if it were new: the other articles stay, and every
evidence item from it is removed from every record (in an in-memory copy of the data); then \`suggest\`
runs on it. A curated item (an evidence item from that article, anywhere in a record: its own evidence or
a value's) counts as **proposed** when suggest proposes, for the same record, a passage that overlaps it in
the seed (the proposal quotes the sentence; the curator's quote may be a longer or shorter span around the
same words). A proposal counts as **kept** when it overlaps a curated item of the same record. A value
whose every evidence item came from the article (a role, a description) is gone from the copy with them:
suggest finds a record by a description only where another article states it. Items that lie inside a
non-content span are counted, though suggest never quotes those by design (a curator cites a licence line
knowingly); "recall outside non-content" leaves them out.

| collection | curated items | of them in non-content spans | proposed | recall | recall outside non-content | proposals | kept | precision |
|---|---|---|---|---|---|---|---|---|
${rows.join("\n")}
| **all** | ${sum("curated", collectionNames)} | ${sum("leftOut", collectionNames)} | ${sum("found", collectionNames)} | ${pct(sum("found", collectionNames), sum("curated", collectionNames))} | ${pct(sum("found", collectionNames), sum("curated", collectionNames) - sum("leftOut", collectionNames))} | ${sum("proposals", collectionNames)} | ${sum("kept", collectionNames)} | ${pct(sum("kept", collectionNames), sum("proposals", collectionNames))} |

| article | curated items | proposed | proposals | kept |
|---|---|---|---|---|
${perArticle.map((r) => `| ${r.article} | ${r.curated} | ${r.found} | ${r.proposals} | ${r.kept} |`).join("\n")}

What it means: recall is the share of the evidence a curator gave that suggest would have put in front of
them, so that they only had to judge it; precision is the share of its proposals a curator had kept. The
target is a recall of at least 90% for people, organizations and places, the records named by proper
names: ${missed.length === 0 ? "it is met." : `not met for ${missed.map((t) => `${t.c} (${(100 * t.recall).toFixed(1)}%)`).join(", ")}.`}
Agreements and quotes have neither name forms nor descriptions, so suggest proposes nothing for them
(their rows read 0); events and situations are found only by the name forms their records give, and
groups by descriptions another article words the same way (event and situation descriptions, such as
"held talks", are too generic to find a record by). Every article here reports the same visit, so a
description that would mislead on another story ("the Iranian president" of a later president) cannot
lower the precision measured here: that is why suggest says "described as" for a reviewer to judge.
A reference back by a name's head noun ("this centre" after the centre's name) is read as the nearest
record named before with that noun, also for a reviewer to judge ("refers back as"). A passage that names
a record by words no other article used of it and that repeat no head noun of a name named before ("the
Cuban leader" where only this article says it, "his administration", "the capital", "he") is found by
nothing: that is the evidence suggest misses, and a curator still reads the text for it. Proposals not
kept are mostly sentences that name Raisi, Cuba, Iran or Havana in passing: the curators cited such a
sentence on the event or quote it reports, not on every record it names. A reviewer removes those, or
keeps them as evidence that the text names the record.
The name forms of a record taken from the article itself stay in the copy, so the measure is a little
kinder than a truly new article, where a new spelling would be found only if it folds to a known one.
`;
writeFileSync(out, doc);
process.stdout.write(doc);
// Times vary from run to run, so they are printed, not written into the page.
for (const r of perArticle) process.stdout.write(`suggest on ${r.article}: ${r.ms.toFixed(1)} ms\n`);
