// `add-source <file>`: brings a new source text into the data directory, byte for byte, and writes the
// skeleton of its article record for the contributor to complete.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { datasetSchema } from "../generated/schema/dataset-schema.js";
import { canonicalText } from "./canonical.js";
import { SeedText } from "./seed-text.js";
import { dateBefore } from "./rules/supplied-document.js";
import { SKELETON_NOTE } from "./rules/article-complete.js";
import { OrganizationsByName } from "./outlets.js";
import { listDataset } from "../dataset/listing.js";
import { recordFiles } from "../dataset/read.js";

export interface AddSourceResult {
  seed: string;
  article: string;
  sha256: string;
}

export class AddSourceError extends Error {}

/** What the contributor knows about the document that its text may not say (`--url`, `--outlet`...). */
export interface SuppliedMetadata {
  url?: string;
  outlet?: string;
  published?: string;
  retrieved?: string;
  title?: string;
}

export interface AddSourceOptions extends SuppliedMetadata {
  id?: string;
  /** Today, as `YYYY-MM-DD` (default: the UTC date now): no date supplied may be later. */
  today?: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// The schema's own patterns, so add-source refuses exactly what the check would.
const defs = datasetSchema.$defs as unknown as Record<string, { pattern?: string; properties?: Record<string, { pattern?: string; properties?: Record<string, { pattern?: string }> }> }>;
const ISO_DATE = new RegExp(defs.IsoDate!.pattern!, "u");
const URL_FORM = new RegExp(defs.Article!.properties!.document!.properties!.url!.pattern!, "u");

/**
 * The name of a new seed: `<the first 16 hex digits of its SHA-256>.txt`. It depends on the text's bytes
 * alone, so two pull requests that each add a text never pick the same name, nor one that depends on what
 * the other adds (decision 49 numbered them, which collided). Seeds added before this keep their `NNN_` names.
 */
export function seedName(sha256: string): string {
  return `${sha256.slice(0, 16)}.txt`;
}

/** The supplied metadata, checked and normalized; every refusal says which flag and what is expected. */
export function checkSupplied(supplied: SuppliedMetadata, today: string): SuppliedMetadata {
  const out: SuppliedMetadata = {};
  if (supplied.url !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(supplied.url.trim());
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") throw new AddSourceError(`--url ${JSON.stringify(supplied.url)} is not an absolute http or https URL (such as https://example.com/news/2023/06/16/article)`);
    // `href` percent-encodes what is not ASCII and writes an IDN host in punycode: the form the schema asks for.
    if (url.username || url.password) throw new AddSourceError(`--url ${JSON.stringify(supplied.url)} holds a user name or password: give the address without them`);
    if (!URL_FORM.test(url.href)) throw new AddSourceError(`--url ${JSON.stringify(supplied.url)} is not a URL the schema accepts (host letters, digits, dots and hyphens; no spaces)`);
    out.url = url.href;
  }
  for (const flag of ["outlet", "title"] as const) {
    const value = supplied[flag];
    if (value === undefined) continue;
    if (value.trim() === "") throw new AddSourceError(`--${flag} is empty: give the ${flag === "outlet" ? "outlet's name" : "document's title"}, or leave the flag out`);
    if (value.length > (flag === "outlet" ? 300 : 1000)) throw new AddSourceError(`--${flag} is longer than the ${flag === "outlet" ? 300 : 1000} characters allowed`);
    out[flag] = value.trim();
  }
  for (const flag of ["published", "retrieved"] as const) {
    const value = supplied[flag];
    if (value === undefined) continue;
    if (!ISO_DATE.test(value)) throw new AddSourceError(`--${flag} ${JSON.stringify(value)} is not a calendar date: expected YYYY-MM-DD, YYYY-MM or YYYY, such as 2023-06-16`);
    if (dateBefore(today, value)) throw new AddSourceError(`--${flag} ${value} is later than today (${today})`);
    out[flag] = value;
  }
  if (out.published && out.retrieved && dateBefore(out.retrieved, out.published)) {
    throw new AddSourceError(`--retrieved ${out.retrieved} is before --published ${out.published}: a text cannot be retrieved before it is published`);
  }
  return out;
}

/** A kebab-case id from a file name: `Raisi in Havana.txt` → `raisi-in-havana`. */
export function idFromFileName(name: string): string {
  return name
    .replace(/\.txt$/, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The byte offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8Byte(bytes: Buffer): number {
  try {
    new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return -1;
  } catch {
    // The lenient decoder writes U+FFFD for each bad sequence; one that the bytes really spell (EF BF BD) is text.
    const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    for (let i = lenient.indexOf("\uFFFD"); i >= 0; i = lenient.indexOf("\uFFFD", i + 1)) {
      const offset = Buffer.byteLength(lenient.slice(0, i));
      if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
    }
    return 0;
  }
}

/** Reads the source text, refusing whatever could not become a seed that passes the check. */
function readSource(file: string): Buffer {
  if (!existsSync(file)) throw new AddSourceError(`${file} does not exist`);
  if (statSync(file).isDirectory()) throw new AddSourceError(`${file} is a directory: pass the path of one source text`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new AddSourceError(`${file} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) throw new AddSourceError(`${file} is not valid UTF-8 (first invalid byte at offset ${bad}): convert it to UTF-8 first (the seed is then kept byte for byte)`);
  if (bytes.toString("utf8").trim() === "") throw new AddSourceError(`${file} is ${bytes.length === 0 ? "empty" : "only whitespace"}: a source text needs words to quote`);
  return bytes;
}

/**
 * The passage the skeleton cites: the first line that reads as prose (ends in sentence punctuation,
 * five words or more), cut at its first sentence end; else the first non-empty line. A headline-like
 * first line (a photo caption, a "follow us" link) is skipped: the skeleton never guesses a title.
 */
export function leadPassage(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  const prose = lines.find((l) => /[.!?]["”’)]?$/.test(l) && l.split(/\s+/).length >= 5);
  if (!prose) return lines[0]!;
  const end = prose.search(/[.!?]["”’]?\s+(?=[A-Z“"])/);
  return end >= 40 ? prose.slice(0, prose.slice(end).search(/\s/) + end) : prose;
}

export function addSource(file: string, dataDir: string, options: AddSourceOptions = {}): AddSourceResult {
  const bytes = readSource(file);
  const supplied = checkSupplied(options, options.today ?? new Date().toISOString().slice(0, 10));
  const id = options.id ?? idFromFileName(basename(file));
  if (!ID.test(id)) throw new AddSourceError(`"${id}" is not a kebab-case id: pass one with --id`);
  const articlePath = join(dataDir, "articles", `${id}.json`);
  if (existsSync(articlePath)) throw new AddSourceError(`data already has an article with id "${id}": pass another with --id`);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const same = sameTextAs(dataDir, sha256);
  if (same) throw new AddSourceError(`${file} is byte-identical to the existing seed ${same.seed}${same.article ? ` (article "${same.article}")` : ""}: that text is already in the data`);
  const seedsDir = join(dataDir, "seeds");
  const seed = seedName(sha256);
  const seedPath = join(seedsDir, seed);
  // Another text whose SHA-256 begins with the same 64 bits: not to be met in practice, never overwritten.
  if (existsSync(seedPath)) throw new AddSourceError(`data already has a different seed named ${seed}: add the text by hand under another name`);
  const text = bytes.toString("utf8");
  const lead = leadPassage(text);
  // A supplied title the text contains is the article's title, traced to the text (its exact words,
  // should they differ only in quote, dash or space style); one it does not contain stays document metadata.
  const titleInText = supplied.title === undefined ? undefined : new SeedText(text).includes(supplied.title) ? supplied.title : new SeedText(text).nearMiss(supplied.title)?.exact;
  const organization = supplied.outlet === undefined ? undefined : organizationNamed(dataDir, supplied.outlet);
  const document = {
    url: supplied.url,
    outlet: supplied.outlet === undefined ? undefined : { name: supplied.outlet, organization },
    published: supplied.published,
    retrieved: supplied.retrieved,
    title: titleInText === undefined ? supplied.title : undefined,
  };
  const skeleton = {
    id,
    seed,
    sha256,
    document: Object.values(document).some((v) => v !== undefined) ? document : undefined,
    title: titleInText === undefined ? undefined : { asStated: titleInText, evidence: [{ article: id, quote: titleInText }] },
    // "und" (undetermined) until the contributor says which language the text is in.
    languages: [{ tag: "und", extent: "main", evidence: [{ article: id, quote: lead }] }],
    // The check holds the article unfinished while the language is "und", this note is here and no other record cites it.
    notes: [`${SKELETON_NOTE}: set the language, add the ${titleInText === undefined ? "title, " : ""}date, byline, dateline, attributions, captions, posts and non-content spans the text shows, add the records it supports with evidence quoting it, then remove this note.`],
    evidence: [{ article: id, quote: lead }],
  };
  mkdirSync(seedsDir, { recursive: true });
  mkdirSync(join(dataDir, "articles"), { recursive: true });
  writeFileSync(seedPath, bytes);
  // JSON drops the undefined fields: the skeleton holds only what was supplied.
  writeFileSync(articlePath, canonicalText("articles", JSON.parse(JSON.stringify(skeleton))));
  return { seed: seedPath, article: articlePath, sha256 };
}

/** The one organization whose name or a name form is exactly the outlet's name as supplied, if exactly one. */
function organizationNamed(dataDir: string, name: string): string | undefined {
  const listing = listDataset(dataDir);
  const organizations = new OrganizationsByName();
  // A record that cannot be read names nothing here: the check reports it.
  for (const record of recordFiles({ ...listing, records: listing.records.filter((r) => r.collection === "organizations") })) organizations.add(record.name, record.value);
  const ids = organizations.named(name);
  return ids.length === 1 ? ids[0] : undefined;
}

/** The existing seed with these exact bytes, and the article that claims it, if any. */
function sameTextAs(dataDir: string, sha256: string): { seed: string; article?: string } | undefined {
  const seedsDir = join(dataDir, "seeds");
  if (!existsSync(seedsDir)) return undefined;
  for (const name of readdirSync(seedsDir)) {
    const path = join(seedsDir, name);
    if (!statSync(path).isFile() || createHash("sha256").update(readFileSync(path)).digest("hex") !== sha256) continue;
    const articlesDir = join(dataDir, "articles");
    const article = existsSync(articlesDir)
      ? readdirSync(articlesDir).find((f) => f.endsWith(".json") && readFileSync(join(articlesDir, f), "utf8").includes(`"seed": ${JSON.stringify(name)}`))
      : undefined;
    return { seed: `seeds/${name}`, article: article?.replace(/\.json$/, "") };
  }
  return undefined;
}
