// Rewrites record files into canonical formatting, and replaces a verbatim string that misses only by
// whitespace, quote or dash style with the exact text it was meant to copy: an evidence quote with its
// seed's text, an `asStated` with its evidence's, a name form with its record's evidence's. Only where
// exactly one text matches. It links an article's supplied outlet to the one organization record with its
// name. It never changes meaning: files that do not parse, or that hide a duplicate key, are left alone for
// the contributor to decide.
import type { Article, Evidence } from "../generated/schema/types.js";
import { allEvidence, walkObjects } from "../shared/walk.js";
import { isCanonical, writeCanonical } from "./canonical.js";
import { listDataset } from "../dataset/listing.js";
import { recordFiles } from "../dataset/read.js";
import { loadSeeds } from "../dataset/seeds.js";
import { looseMatchesIn, SeedText } from "./seed-text.js";
import { OrganizationsByName, unlinkedOutlet } from "./outlets.js";

export interface Replacement {
  file: string;
  pointer: string;
  from: string;
  to: string;
}

export interface FixResult {
  rewritten: string[];
  /** Quotes replaced by the seed's exact text: file, pointer, before and after. */
  quotes: Replacement[];
  /** `asStated` strings and name forms replaced by the one exact text of their evidence they loosely match. */
  verbatim: Replacement[];
  /** Articles whose supplied outlet was linked to the one organization record with its name. */
  outlets: { file: string; outlet: string; organization: string }[];
  /** Files fix would not touch, and why. */
  skipped: { file: string; reason: string }[];
}

export function fixDirectory(dir: string, options: { cwd?: string } = {}): FixResult {
  const listing = listDataset(dir, options.cwd);
  const seedFiles = loadSeeds(listing);
  const result: FixResult = { rewritten: [], quotes: [], verbatim: [], outlets: [], skipped: [] };
  const seeds = new Map<string, SeedText>();
  const organizations = new OrganizationsByName();
  for (const record of recordFiles({ ...listing, records: listing.records.filter((r) => r.collection === "articles" || r.collection === "organizations") })) {
    if (record.collection === "organizations") {
      organizations.add(record.name, record.value);
      continue;
    }
    const article = record.value as Article | undefined;
    const seed = article && typeof article.seed === "string" ? seedFiles.get(article.seed) : undefined;
    if (article && seed && !seed.problem && seed.sha256 === article.sha256) seeds.set(article.id, new SeedText(seed.text));
  }
  for (const record of recordFiles(listing)) {
    if (record.problem) {
      result.skipped.push({ file: record.file, reason: record.problem.message });
      continue;
    }
    const issue = record.positions().issues[0];
    if (issue) {
      result.skipped.push({ file: record.file, reason: issue.message });
      continue;
    }
    let changed = false;
    for (const { evidence, pointer } of allEvidence(record.value)) {
      // The raw record, being fixed: its evidence is plain JSON, not the shipped read-only type.
      const e = evidence as { -readonly [K in keyof Evidence]?: Evidence[K] };
      const seed = typeof e.article === "string" ? seeds.get(e.article) : undefined;
      if (!seed || typeof e.quote !== "string" || seed.includes(e.quote)) continue;
      // Only one text to copy: where the seed holds several that match loosely, the check lists them.
      const near = seed.nearMisses(e.quote);
      if (near.length !== 1) continue;
      result.quotes.push({ file: record.file, pointer: `${pointer}/quote`, from: e.quote, to: near[0]!.exact });
      e.quote = near[0]!.exact;
      changed = true;
    }
    const outlet = record.collection === "articles" ? unlinkedOutlet(record.value) : undefined;
    const named = outlet === undefined ? [] : organizations.named(outlet);
    if (named.length === 1) {
      (record.value as { document: { outlet: { organization?: string } } }).document.outlet.organization = named[0]!;
      result.outlets.push({ file: record.file, outlet: outlet!, organization: named[0]! });
      changed = true;
    }
    // After the quotes, so an asStated or name form is matched against the quotes as fixed.
    const verbatim = fixVerbatim(record.value);
    for (const r of verbatim) result.verbatim.push({ file: record.file, ...r });
    if (!changed && verbatim.length === 0 && isCanonical(record)) continue;
    writeCanonical(dir, record.collection, record.name, record.value);
    result.rewritten.push(record.file);
  }
  return result;
}

/** The one exact text a verbatim string loosely matches in these passages; undefined when none or several. */
function onlyMatch(passages: readonly string[], verbatim: string): string | undefined {
  if (passages.some((p) => p.includes(verbatim))) return undefined;
  const matches = looseMatchesIn(passages, verbatim);
  return matches.length === 1 ? matches[0]!.exact : undefined;
}

/** Replaces, in place, each `asStated` and name form that its evidence holds only loosely, when exactly one text matches. */
function fixVerbatim(record: unknown): Omit<Replacement, "file">[] {
  const done: Omit<Replacement, "file">[] = [];
  walkObjects(record, (node, pointer, evidence) => {
    if (typeof node.asStated !== "string" || !evidence) return;
    const exact = onlyMatch(evidence.map((e) => e.quote), node.asStated);
    if (exact === undefined) return;
    done.push({ pointer: `${pointer}/asStated`, from: node.asStated, to: exact });
    node.asStated = exact;
  });
  const forms = (record as { nameForms?: unknown } | null)?.nameForms;
  if (Array.isArray(forms)) {
    const quotes = allEvidence(record).map(({ evidence }) => evidence.quote);
    forms.forEach((form: unknown, i) => {
      if (typeof form !== "string") return;
      const exact = onlyMatch(quotes, form);
      // An exact form already listed makes this one a stray copy: removing it is the contributor's call.
      if (exact === undefined || forms.includes(exact)) return;
      done.push({ pointer: `/nameForms/${i}`, from: form, to: exact });
      forms[i] = exact;
    });
  }
  return done;
}
