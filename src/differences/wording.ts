// Wording differences: the reports of one statement (a quote's variants) whose words differ, in one
// language, where at least one report quotes the words directly. When direct reports differ among
// themselves only they are listed; otherwise a direct report is listed beside the indirect ones. Case, punctuation and quote marks do
// not count; a report whose words all occur, in order, inside a longer report of the same language is a
// fragment of it (`"meaningful"` inside the whole sentence) and is no difference.
import type { Evidence } from "../generated/schema/types.js";
import { statingArticles } from "../shared/stating.js";
import { betweenSources, certaintyOf, moreDirect, type DisagreementVersion } from "./versions.js";

/** One wording of a statement: the words, the articles that report them, and what differs from the other wordings. */
export interface WordingVersion extends DisagreementVersion {
  /** The words as the first report gives them; `asStated` lists every report's exact text with these words. */
  value: string;
  /** Whether the reports quote these words directly (in quotation marks) or report them (indirect speech). */
  speech: ("direct" | "indirect")[];
  /** The runs of this wording's words that some other wording does not have, in order. */
  differingWords: string[];
}

interface VariantEntry {
  asStated?: unknown;
  certainty?: unknown;
  speech?: unknown;
  language?: unknown;
  evidence?: Evidence[];
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Above this many token pairs, differing words are found by vocabulary rather than by alignment. */
const ALIGN_LIMIT = 250_000;

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLocaleLowerCase("en"), start: m.index, end: m.index + m[0].length }));
}

const wordsKey = (t: readonly Token[]) => t.map((x) => x.word).join(" ");

/** Whether `inner`'s words occur, in order and together, inside `outer`'s. */
function fragmentOf(inner: readonly Token[], outer: readonly Token[]): boolean {
  return inner.length < outer.length && ` ${wordsKey(outer)} `.includes(` ${wordsKey(inner)} `);
}

/** The longest common subsequences of two word lists: `t[i][j]` is the length of one of `a[i..]` and `b[j..]`. */
export function lcsTable(a: readonly string[], b: readonly string[]): Uint16Array[] {
  const t = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  return t;
}

/** The indexes of `a`'s tokens that a longest common subsequence with `b` leaves out. */
function unmatched(a: readonly Token[], b: readonly Token[]): number[] {
  if (a.length * b.length > ALIGN_LIMIT) {
    const vocabulary = new Set(b.map((t) => t.word));
    return a.flatMap((t, i) => (vocabulary.has(t.word) ? [] : [i]));
  }
  const n = a.length;
  const m = b.length;
  const table = lcsTable(a.map((t) => t.word), b.map((t) => t.word));
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.word === b[j]!.word) i++, j++;
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) out.push(i++);
    else j++;
  }
  for (; i < n; i++) out.push(i);
  return out;
}

/** The runs of a text's differing tokens, each as the text writes it (from the run's first word to its last). */
function runs(text: string, list: readonly Token[], indexes: ReadonlySet<number>): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= list.length; i++) {
    if (indexes.has(i) && start < 0) start = i;
    if (!indexes.has(i) && start >= 0) {
      out.push(text.slice(list[start]!.start, list[i - 1]!.end));
      start = -1;
    }
  }
  return out;
}

/** The wording differences among the reports in one marked array of a quote, one per language that has some. */
export function wordingDifferences(entries: readonly unknown[], path: string): { language: string; versions: WordingVersion[] }[] {
  const byLanguage = new Map<string, Map<string, { version: WordingVersion; tokens: Token[] }>>();
  entries.forEach((raw, i) => {
    const entry = raw as VariantEntry | null;
    if (entry === null || typeof entry !== "object" || typeof entry.asStated !== "string") return;
    const language = typeof entry.language === "string" ? entry.language : "";
    const list = tokens(entry.asStated);
    if (list.length === 0) return;
    const key = wordsKey(list);
    const versions = byLanguage.get(language) ?? new Map<string, { version: WordingVersion; tokens: Token[] }>();
    byLanguage.set(language, versions);
    const found = versions.get(key) ?? { version: { value: entry.asStated, asStated: [], articles: [], pointers: [], certainty: certaintyOf(entry.certainty), speech: [], differingWords: [] }, tokens: list };
    versions.set(key, found);
    const { version } = found;
    if (!version.asStated.includes(entry.asStated)) version.asStated.push(entry.asStated);
    for (const article of statingArticles(Array.isArray(entry.evidence) ? entry.evidence : [])) if (!version.articles.includes(article)) version.articles.push(article);
    if ((entry.speech === "direct" || entry.speech === "indirect") && !version.speech.includes(entry.speech)) version.speech.push(entry.speech);
    // A wording is as certain a report of the statement as the most certain of its reports.
    version.certainty = moreDirect(version.certainty, certaintyOf(entry.certainty));
    version.pointers.push(`${path}/${i}`);
  });
  const out: { language: string; versions: WordingVersion[] }[] = [];
  for (const [language, found] of byLanguage) {
    const all = [...found.values()];
    type Found = (typeof all)[number];
    const whole = (list: Found[]) => list.filter((x) => !list.some((y) => y !== x && fragmentOf(x.tokens, y.tokens)));
    const direct = (x: Found) => x.version.speech.includes("direct");
    const differ = (list: Found[], needsDirect: boolean) =>
      list.some((x, i) => list.some((y, j) => j > i && betweenSources(x.version, y.version) && (!needsDirect || direct(x) || direct(y))));
    // Direct words that differ between sources are the difference a reader wants; paraphrases then only add
    // noise. A direct fragment counts as its own wording there unless it lies inside other direct words.
    const directOnly = whole(all.filter(direct));
    const kept = differ(directOnly, false) ? directOnly : whole(all);
    if (!differ(kept, true)) continue;
    for (const x of kept) {
      const differing = new Set<number>();
      for (const y of kept) if (y !== x) for (const i of unmatched(x.tokens, y.tokens)) differing.add(i);
      x.version.differingWords = runs(x.version.value, x.tokens, differing);
    }
    out.push({ language, versions: kept.map((x) => x.version) });
  }
  return out;
}
