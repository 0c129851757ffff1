// `npm run coverage`: the capitalized words and proper-noun phrases of each seed (Latin script, article
// content only) that no record's name forms cover, minus the reviewed allowlist in
// scripts/coverage-allowlist.txt. Empty output is the goal; a test keeps it so.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../src/generated/schema/types.js";
import { LineIndex } from "../src/check/json-positions.js";
import { collections, dataDir, readCollection, type CollectionName } from "./lib/collections.js";

export const allowlistFile = new URL("coverage-allowlist.txt", import.meta.url).pathname;

export interface Uncovered {
  seed: string;
  line: number;
  column: number;
  phrase: string;
}

/** The allowlist: one word or phrase a line; `#` starts a comment. */
export function readAllowlist(text = readFileSync(allowlistFile, "utf8")): Set<string> {
  return new Set(text.split("\n").map((l) => l.replace(/#.*/, "").trim()).filter(Boolean));
}

// A capitalized word; inner dots, hyphens and apostrophes join (U.S, Diaz-Canel, Cuba's), trailing ones do not.
const WORD = /\p{Lu}[\p{L}\p{M}]*(?:[.'’-][\p{L}\p{M}]+)*/gu;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

export function uncoveredNames(allowlist: Set<string>): { uncovered: Uncovered[]; unusedAllowlist: string[] } {
  // Every collection whose records carry name forms: people, organizations, places, named events.
  const nameForms = (Object.keys(collections) as CollectionName[]).flatMap((c) => readCollection(c).flatMap((r) => (r.value as { nameForms?: string[] }).nameForms ?? []));
  const usedAllowlist = new Set<string>();
  const uncovered: Uncovered[] = [];
  for (const { value } of readCollection("articles")) {
    const article = value as Article;
    const original = readFileSync(join(dataDir, "seeds", article.seed), "utf8");
    // Non-content spans (follow links, comments, footers) are blanked: they are not the article's names.
    let text = original;
    for (const span of article.nonContent ?? []) text = text.split(span.quote).join(" ".repeat(span.quote.length));
    const covered = new Uint8Array(text.length);
    for (const form of nameForms) {
      for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) {
        // Whole words only: the name form "Iran" does not cover "Iranian". A lower-to-upper case change is a
        // word boundary too: scraped text glues words together ("Iran PressIran News").
        const before = text[i - 1] ?? "";
        const after = text[i + form.length] ?? "";
        const glued = (a: string, b: string) => /\p{Ll}/u.test(a) && /\p{Lu}/u.test(b);
        if ((LETTER.test(before) && !glued(before, form[0]!)) || (LETTER.test(after) && !glued(form.at(-1)!, after))) continue;
        covered.fill(1, i, i + form.length);
      }
    }
    const lines = new LineIndex(original);
    let phrase: { start: number; words: string[] } | undefined;
    const flush = () => {
      if (phrase) uncovered.push({ seed: article.seed, ...lines.position(phrase.start), phrase: phrase.words.join(" ") });
      phrase = undefined;
    };
    let lastEnd = -1;
    for (const match of text.matchAll(WORD)) {
      const word = match[0].replace(/['’]s$/, ""); // a possessive is the name itself
      const start = match.index!;
      if (!LATIN.test(word) || covered[start] === 1) continue;
      const allowed = allowlist.has(word);
      if (allowed) usedAllowlist.add(word);
      // Adjacent uncovered words (one space apart) are one phrase; an allowed word still joins a phrase it sits in.
      const adjacent = phrase !== undefined && /^ $/.test(text.slice(lastEnd, start));
      if (!adjacent) flush();
      if (allowed && !adjacent) {
        lastEnd = -1;
        continue;
      }
      phrase ??= { start, words: [] };
      phrase.words.push(word);
      lastEnd = start + match[0].length;
    }
    flush();
  }
  // A phrase made only of allowed words is allowed (sentence-initial "The", "President"...).
  const reported = uncovered.filter((u) => u.phrase.split(" ").some((w) => !allowlist.has(w)));
  return { uncovered: reported, unusedAllowlist: [...allowlist].filter((w) => !usedAllowlist.has(w)).sort() };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const { uncovered, unusedAllowlist } = uncoveredNames(readAllowlist());
  for (const u of uncovered) console.log(`data/seeds/${u.seed}:${u.line}:${u.column}: ${u.phrase}`);
  for (const w of unusedAllowlist) console.log(`scripts/coverage-allowlist.txt: "${w}" is not needed any more: remove it`);
  if (uncovered.length || unusedAllowlist.length) {
    console.log(`\n${uncovered.length} uncovered name(s): add the name form to a record, or, if it is not an entity, to the allowlist.`);
    process.exitCode = 1;
  }
}
