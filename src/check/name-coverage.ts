// Which capitalized names of a text no record's name form covers: the analysis behind the coverage rule.
// Capitalization that marks no name is known generically, by what the text itself shows, never by a list
// that grows with the data: weekdays, months and AM/PM; function words; and a word the text also writes in
// lower case, where its capital comes from its position (a sentence's first word) or a title-case line.

import { Occurrences } from "./substrings.js";

// A capitalized word; inner dots, hyphens and apostrophes join (U.S, Diaz-Canel, Cuba's), trailing ones do not.
const WORD = /\p{Lu}[\p{L}\p{M}]*(?:[.'’-][\p{L}\p{M}]+)*/gu;
const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*/gu;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
const POSSESSIVE = /['’]s$/;
// Made once, here, not where they are used once per word of every text (decision 101: a build target
// that lowers \p{…} literals would make them anew on every call).
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const CAPITALIZED = /^\p{Lu}/u;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}*$/u;

const CALENDAR = new Set(
  ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    .concat(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])
    .concat(["AM", "PM", "A.M", "P.M"]),
);

// English function words: a closed class (articles, pronouns, prepositions, conjunctions, auxiliaries),
// not a list of what the texts happen to say.
const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those some any each every either neither no all both few many much more most other another such what which whose who whom whoever whatever " +
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one myself ourselves yourself himself herself itself themselves " +
    "about above across after against along amid among around as at before behind below beneath beside besides between beyond by despite down during except for from " +
    "in inside into like near of off on onto out outside over past since through throughout till to toward towards under underneath until unlike up upon via with within without " +
    "and but or nor so yet if then than because although though while whereas unless whether once when where why how however also not only even still just there here " +
    "be am is are was were been being have has had having do does did doing will would shall should can could may might must ought let"
  ).split(" "),
);

/** Whether a letter is lower case followed by an upper-case one: scraped text glues words together ("Iran PressIran News"). */
const glued = (a: string, b: string) => LOWER.test(a) && UPPER.test(b);

/** The name forms of every record, found in a text in one pass (however many there are). */
export class NameForms {
  private readonly forms: string[];
  private readonly occurrences: Occurrences;
  constructor(forms: Iterable<string>) {
    this.forms = [...new Set(forms)].filter((form) => form !== "");
    this.occurrences = new Occurrences(this.forms);
  }

  /** Which characters of the text some name form covers, as a whole word. */
  covered(text: string): Uint8Array {
    const covered = new Uint8Array(text.length);
    this.occurrences.forEach(text, (n, start) => {
      const form = this.forms[n]!;
      // Whole words only: the name form "Iran" does not cover "Iranian"; a glued case change is a boundary.
      const before = text[start - 1] ?? "";
      const after = text[start + form.length] ?? "";
      if ((LETTER.test(before) && !glued(before, form[0]!)) || (LETTER.test(after) && !glued(form.at(-1)!, after))) return;
      covered.fill(1, start, start + form.length);
    });
    return covered;
  }
}

/** The text with every occurrence of each span replaced by spaces, so that offsets stay those of the seed. */
export function blank(text: string, spans: readonly string[]): string {
  let out = text;
  for (const span of spans) if (span !== "") out = out.split(span).join(" ".repeat(span.length));
  return out;
}

/**
 * Whether the word at `start` opens a sentence, a line or a quotation: before it, only spaces, closing
 * quotes and brackets back to a sentence end; or an opening quotation mark; or a dash set off by spaces
 * (a dateline's "TEHRAN - The...").
 */
function opensSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === "\n" || /[“‘«¿¡]/u.test(c)) return true;
    if (c === '"' || c === "'") {
      if (i === start - 1) return true; // a straight quote right before the word opens it
      continue;
    }
    if (/[–—-]/u.test(c) && /\s/u.test(text[i + 1] ?? "") && (i === 0 || /[\s)]/u.test(text[i - 1]!))) return true;
    if (/[\s”’»)\]*•]/u.test(c)) continue;
    return /[.!?:;…]/u.test(c);
  }
  return true;
}

/** Whether a line's words of four letters or more are (nearly) all capitalized: a headline, a byline. */
function isTitleCase(line: string): boolean {
  const long = line.match(/[\p{L}\p{M}]{4,}/gu) ?? [];
  const capitalized = long.filter((w) => CAPITALIZED.test(w)).length;
  return long.length >= 2 && capitalized >= 0.75 * long.length && !/[.!?]["”’]?\s*$/.test(line);
}

export interface UncoveredPhrase {
  /** The words, as in the text (a possessive `'s` dropped). */
  phrase: string;
  /** UTF-16 offset of its first occurrence. */
  offset: number;
  /** How many times it occurs uncovered. */
  count: number;
}

export interface Coverage {
  uncovered: UncoveredPhrase[];
  /** The acknowledged words some uncovered, not common occurrence needed. */
  used: Set<string>;
  /** Every capitalized word of the content, as written (a possessive `'s` dropped). */
  words: Set<string>;
}

/**
 * The capitalized words and phrases of a text (Latin script; non-content spans already blanked) that no
 * name form covers and that are neither common where they stand nor acknowledged. Adjacent uncovered
 * words (one space apart) are one phrase; a phrase is reported when any of its words is a name.
 */
export function uncoveredNames(text: string, forms: NameForms, acknowledged: ReadonlySet<string>): Coverage {
  const covered = forms.covered(text);
  const lower = new Set(text.match(LOWER_WORD));
  // Only the lines a word asks about are judged, once each (by where they start).
  const titleLines = new Map<number, boolean>();
  const inTitle = (at: number) => {
    const start = text.lastIndexOf("\n", at - 1) + 1;
    let title = titleLines.get(start);
    if (title === undefined) {
      const end = text.indexOf("\n", at);
      titleLines.set(start, (title = isTitleCase(text.slice(start, end === -1 ? undefined : end))));
    }
    return title;
  };
  const knownLower = (word: string) => lower.has(word.toLowerCase());
  // A function word is never a name on its own ("The", "For", "I"; not "US" or "IT", which are not title case).
  const functionWord = (word: string) => TITLE_CASE_WORD.test(word) && FUNCTION_WORDS.has(word.toLowerCase());
  const common = (word: string, at: number) => CALENDAR.has(word) || functionWord(word) || (knownLower(word) && (opensSentence(text, at) || inTitle(at)));

  const found = new Map<string, UncoveredPhrase>();
  const used = new Set<string>();
  const words = new Set<string>();
  let phrase: { start: number; words: string[]; named: boolean } | undefined;
  let lastEnd = -1;
  const flush = () => {
    if (phrase?.named) {
      const key = phrase.words.join(" ");
      const seen = found.get(key);
      if (seen) seen.count++;
      else found.set(key, { phrase: key, offset: phrase.start, count: 1 });
    }
    phrase = undefined;
  };
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(POSSESSIVE, "");
    const start = match.index!;
    if (!LATIN.test(word)) continue;
    words.add(word);
    if (covered[start] === 1) continue;
    const isCommon = common(word, start);
    if (!isCommon && acknowledged.has(word)) used.add(word);
    const allowed = isCommon || acknowledged.has(word);
    // A common or acknowledged word joins a phrase it sits in, but does not start one.
    const adjacent = phrase !== undefined && text.slice(lastEnd, start) === " ";
    if (!adjacent) flush();
    if (allowed && !adjacent) continue;
    phrase ??= { start, words: [], named: false };
    phrase.words.push(word);
    phrase.named ||= !allowed;
    lastEnd = start + match[0].length;
  }
  flush();
  return { uncovered: [...found.values()], used, words };
}
