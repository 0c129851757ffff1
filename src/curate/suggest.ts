// What a new article says of the records that exist: for each record its text names (by any of its name
// forms, folded as names are matched) or describes (by a description the data states of that record alone,
// "the Iranian president") or refers back to it ("this centre" after its name: anaphora.ts), one evidence
// item per sentence that names it, quoting the sentence exactly; and
// the capitalized names no record covers (the coverage rule's analysis), as candidates for new records.
// Reads the data, writes nothing (write-suggestions.ts does, on request).
import { datasetSchema } from "../generated/schema/dataset-schema.js";
import { collectionNames, collections, type CollectionName } from "../shared/collections.js";
import { descriptionsOf, nameFormFields, nameFormsOf } from "../shared/name-forms.js";
import { occurrencesIn, placeQuote } from "../shared/locate.js";
import { allEvidence } from "../shared/walk.js";
import { DatasetError, type Dataset } from "../dataset/read.js";
import { blank, NameForms, uncoveredNames } from "../check/name-coverage.js";
import { loosen } from "../check/seed-text.js";
import { findMentions, type NamedBy } from "./mentions.js";
import { findReferencesBack, headOf } from "./anaphora.js";
import { enclosingSentence } from "./sentences.js";

export interface Proposal {
  collection: CollectionName;
  id: string;
  evidence: { article: string; quote: string; from?: "caption"; occurrence?: number; suggested: true };
  /** The words of the quote that name the record, as the text writes them. */
  words: string[];
  /** The words of the quote that describe the record by a description it has ("the Iranian president"): a reading to judge. */
  describedAs: string[];
  /** The words of the quote that refer back to the record's nearest earlier mention ("this centre"), with that mention's words: a reading to judge. */
  refersBack: { words: string; to: string }[];
  /** Those words that are not yet a name form of the record: `--write` adds them, so the coverage rule sees them. */
  newNameForms: string[];
}

export interface Candidate {
  phrase: string;
  count: number;
  /** The sentence of its first occurrence. */
  sentence: string;
}

export interface Suggestions {
  article: string;
  proposals: Proposal[];
  /** Capitalized names no record's name form covers. */
  candidates: Candidate[];
}

type Span = { start: number; end: number };

const fold = (form: string) => loosen(form, true).loose.trim();

/** Every occurrence of each text in the seed. */
const spansOf = (text: string, quotes: readonly string[]): Span[] => quotes.flatMap((q) => occurrencesIn(text, q).map((start) => ({ start, end: start + q.length })));

/** Where each record already cites the article: the spans of its evidence quotes from it. */
function citedSpans(record: unknown, article: string, text: string): Span[] {
  return allEvidence(record).flatMap(({ evidence: e }) => {
    if (e.article !== article) return [];
    const placed = placeQuote(text, e.quote, e.occurrence);
    return placed.ok ? [{ start: placed.index, end: placed.index + e.quote.length }] : [];
  });
}

export function suggest(dataset: Dataset, articleId: string): Suggestions {
  const article = dataset.records.articles.find((a) => a.id === articleId);
  const seed = dataset.seeds.get(articleId);
  if (!article || !seed) throw new DatasetError(`no article "${articleId}" in ${dataset.dir}/articles/ (add it first: iran-cuba-relations add-source <file>)`);
  const text = seed.text;
  const a = article as { nonContent?: { quote: string }[]; captions?: { asStated: string }[]; nonNames?: { word: string }[] };
  const nonContent = (a.nonContent ?? []).map((s) => s.quote);
  // Never quote a non-content span; quote a caption only inside it, marked `"from": "caption"`, and running
  // text only between the two.
  const nonContentSpans = spansOf(text, nonContent);
  const captionSpans = spansOf(text, (a.captions ?? []).map((c) => c.asStated));
  const leftOut = [...nonContentSpans, ...captionSpans];
  const meets = (s: Span, start: number, end: number) => s.start < end && start < s.end;
  const excluded = (start: number, end: number) => nonContentSpans.some((s) => meets(s, start, end)) || captionSpans.some((s) => meets(s, start, end) && !(s.start <= start && end <= s.end));

  const forms: NamedBy[] = [];
  const owners = new Map<string, { collection: CollectionName; record: Record<string, unknown>; forms: string[] }>();
  const described = new Map<string, NamedBy[]>();
  const defs = datasetSchema.$defs as unknown as Parameters<typeof nameFormFields>[0];
  for (const collection of collectionNames) {
    const fields = nameFormFields(defs, collections[collection].title);
    const descriptionFields = nameFormFields(defs, collections[collection].title, "description");
    for (const record of dataset.records[collection]) {
      const owner = `${collection}/${record.id}`;
      const own = nameFormsOf(record, fields);
      owners.set(owner, { collection, record, forms: own });
      for (const form of own) forms.push({ owner, form });
      const named = new Set(own.map(fold));
      for (const form of descriptionsOf(record, descriptionFields)) {
        const key = fold(form);
        if (named.has(key)) continue; // a description that is also a name form is found as the name
        described.set(key, [...(described.get(key) ?? []), { owner, form, description: true }]);
      }
    }
  }
  // A description finds its record only when it says more than a common noun ("the president", "General")
  // and the data gives it to no other record ("President" is Raisi's and Díaz-Canel's).
  for (const [key, by] of described) if (new Set(by.map((b) => b.owner)).size === 1 && key.replace(/^(the|a|an) /u, "").includes(" ")) forms.push(by[0]!);

  const proposals = new Map<string, Proposal>();
  const cited = new Map<string, Span[]>();
  const mentions = findMentions(text, forms, excluded);
  const heads = new Map([...owners].map(([owner, o]) => [owner, new Set(o.forms.map(headOf).filter((h) => h !== undefined))]));
  const referencesBack = findReferencesBack(text, mentions, (owner) => heads.get(owner)!, excluded);
  for (const mention of [...mentions, ...referencesBack].sort((a, b) => a.start - b.start)) {
    const { collection, record, forms: own } = owners.get(mention.owner)!;
    if (!cited.has(mention.owner)) cited.set(mention.owner, citedSpans(record, articleId, text));
    if (cited.get(mention.owner)!.some((s) => s.start <= mention.start && mention.end <= s.end)) continue;
    // The sentence, inside the caption that holds the mention, or else never across a left-out span.
    const caption = captionSpans.find((s) => s.start <= mention.start && mention.end <= s.end);
    const bounds = caption ?? { start: Math.max(0, ...leftOut.filter((s) => s.end <= mention.start).map((s) => s.end)), end: Math.min(text.length, ...leftOut.filter((s) => s.start >= mention.end).map((s) => s.start)) };
    const { start, end } = enclosingSentence(text, mention.start, mention.end, bounds);
    const quote = text.slice(start, end);
    const key = `${mention.owner}\u0000${start}\u0000${end}`;
    if (!proposals.has(key)) {
      const all = occurrencesIn(text, quote);
      const evidence = { article: articleId, quote, ...(caption ? { from: "caption" as const } : {}), ...(all.length > 1 ? { occurrence: all.indexOf(start) + 1 } : {}), suggested: true as const };
      proposals.set(key, { collection, id: String(record.id), evidence, words: [], describedAs: [], refersBack: [], newNameForms: [] });
    }
    const proposal = proposals.get(key)!;
    if (mention.refersBack !== undefined) {
      if (!proposal.refersBack.some((r) => r.words === mention.words)) proposal.refersBack.push({ words: mention.words, to: mention.refersBack });
      continue;
    }
    const words = mention.description ? proposal.describedAs : proposal.words;
    if (!words.includes(mention.words)) words.push(mention.words);
    if (!mention.description && !own.includes(mention.words) && !proposal.newNameForms.includes(mention.words)) proposal.newNameForms.push(mention.words);
  }

  const allForms = [...owners.values()].flatMap((o) => o.forms);
  const { uncovered } = uncoveredNames(blank(text, nonContent), new NameForms(allForms), new Set((a.nonNames ?? []).map((n) => n.word)));
  const candidates = uncovered.map(({ phrase, count, offset }) => {
    const s = enclosingSentence(text, offset, offset + phrase.length);
    return { phrase, count, sentence: text.slice(s.start, s.end) };
  });
  return { article: articleId, proposals: [...proposals.values()], candidates };
}
