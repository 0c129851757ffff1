// `add-source <file>`: brings a new source text into the data directory, byte for byte, and writes the
// skeleton of its article record for the contributor to complete.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
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

export function addSource(file: string, dataDir: string, options: { id?: string } = {}): AddSourceResult {
  if (!existsSync(file)) throw new AddSourceError(`${file} does not exist`);
  const seed = basename(file);
  if (!SEED_NAME.test(seed)) throw new AddSourceError(`${seed}: a seed's file name must end in .txt and use only letters, digits, ".", "_" and "-"`);
  const id = options.id ?? idFromFileName(seed);
  if (!ID.test(id)) throw new AddSourceError(`"${id}" is not a kebab-case id: pass one with --id`);
  const bytes = readFileSync(file);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AddSourceError(`${file} is not UTF-8 text: convert it to UTF-8 first (the seed is then kept byte for byte)`);
  }
  const seedPath = join(dataDir, "seeds", seed);
  const articlePath = join(dataDir, "articles", `${id}.json`);
  if (existsSync(seedPath)) throw new AddSourceError(`data already has a seed named ${seed}`);
  if (existsSync(articlePath)) throw new AddSourceError(`data already has an article with id "${id}": pass another with --id`);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const firstLine = bytes.toString("utf8").split("\n").map((l) => l.trim()).find((l) => l.length > 0) ?? "";
  const skeleton = {
    id,
    seed,
    sha256,
    // "und" (undetermined) until the contributor says which language the text is in.
    languages: [{ tag: "und", extent: "main", evidence: [{ article: id, quote: firstLine }] }],
    notes: ["Skeleton written by `iran-cuba-relations add-source`: set the language, and add the title, date, byline, dateline, attributions, posts and non-content spans the text shows."],
    evidence: [{ article: id, quote: firstLine }],
  };
  mkdirSync(join(dataDir, "seeds"), { recursive: true });
  mkdirSync(join(dataDir, "articles"), { recursive: true });
  writeFileSync(seedPath, bytes);
  writeFileSync(articlePath, canonicalText("articles", skeleton));
  return { seed: seedPath, article: articlePath, sha256 };
}
