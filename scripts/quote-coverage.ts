// `npx tsx scripts/quote-coverage.ts`: the share of each seed's non-whitespace characters that some
// evidence quote covers (every occurrence of each quote counts), for the README's licence section.
import { readFileSync } from "node:fs";
import { collectionNames } from "../src/shared/collections.js";
import { readCollection } from "./lib/collections.js";
import { allEvidence } from "../src/shared/walk.js";

const articles = readCollection("articles").map((r) => r.value as { id: string; seed: string });
const quotes = new Map(articles.map((a) => [a.id, new Set<string>()]));
for (const c of collectionNames) for (const r of readCollection(c)) for (const { evidence } of allEvidence(r.value)) quotes.get(evidence.article)?.add(evidence.quote);
for (const a of articles) {
  const text = readFileSync(`data/seeds/${a.seed}`, "utf8");
  const covered = new Uint8Array(text.length);
  for (const q of quotes.get(a.id)!) for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + 1)) covered.fill(1, i, i + q.length);
  let total = 0, hit = 0;
  for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) (total++, (hit += covered[i]!));
  console.log(`${a.seed}: ${((100 * hit) / total).toFixed(1)}% of ${total} non-whitespace characters covered by quotes`);
}
