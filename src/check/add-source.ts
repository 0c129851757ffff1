// `add-source <file>`: brings a new source text into the data directory, byte for byte, and writes the
// skeleton of its article record for the contributor to complete.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { canonicalText } from "./canonical.js";

export interface AddSourceResult {
  seed: string;
  article: string;
  sha256: string;
}

export class AddSourceError extends Error {}

const SEED_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

export function addSource(file: string, dataDir: string, options: { id?: string } = {}): AddSourceResult {
  const seed = basename(file);
  const bytes = readSource(file);
  if (!SEED_NAME.test(seed)) throw new AddSourceError(`${seed}: a seed's file name must end in .txt and use only letters, digits, ".", "_" and "-"`);
  const id = options.id ?? idFromFileName(seed);
  if (!ID.test(id)) throw new AddSourceError(`"${id}" is not a kebab-case id: pass one with --id`);
  const seedPath = join(dataDir, "seeds", seed);
  const articlePath = join(dataDir, "articles", `${id}.json`);
  if (existsSync(seedPath)) throw new AddSourceError(`data already has a seed named ${seed}`);
  if (existsSync(articlePath)) throw new AddSourceError(`data already has an article with id "${id}": pass another with --id`);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const same = sameTextAs(dataDir, sha256);
  if (same) throw new AddSourceError(`${file} is byte-identical to the existing seed ${same.seed}${same.article ? ` (article "${same.article}")` : ""}: that text is already in the data`);
  const lead = leadPassage(bytes.toString("utf8"));
  const skeleton = {
    id,
    seed,
    sha256,
    // "und" (undetermined) until the contributor says which language the text is in.
    languages: [{ tag: "und", extent: "main", evidence: [{ article: id, quote: lead }] }],
    notes: ["Skeleton written by `iran-cuba-relations add-source`: set the language, and add the title, date, byline, dateline, attributions, captions, posts and non-content spans the text shows."],
    evidence: [{ article: id, quote: lead }],
  };
  mkdirSync(join(dataDir, "seeds"), { recursive: true });
  mkdirSync(join(dataDir, "articles"), { recursive: true });
  writeFileSync(seedPath, bytes);
  writeFileSync(articlePath, canonicalText("articles", skeleton));
  return { seed: seedPath, article: articlePath, sha256 };
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
