// Lists a data directory: one folder per collection of `<id>.json` records, and seeds/. Nothing is read:
// ids are file names, so the listing alone says which records exist.
import { readdirSync, statSync, type Dirent } from "node:fs";
import { join, relative } from "node:path";
import { collections, collectionNames, type CollectionName } from "../shared/collections.js";
import type { EntryKind } from "./files.js";

/** A record file found by listing the data directory, before it is read. */
export interface RecordEntry {
  collection: CollectionName;
  /** The file name without `.json`: the id the record must have. */
  name: string;
  kind: EntryKind;
}

export interface Listing {
  dir: string;
  /** Messages name files relative to this folder. */
  cwd: string;
  /** Every record file, by collection, each collection in id order. */
  records: RecordEntry[];
  seeds: { name: string; kind: EntryKind }[];
  /** Files that are neither records nor seeds where one was expected (a `.txt` among records...). */
  strayFiles: { file: string; message: string; hint: string }[];
}

function kindOf(entry: Dirent): EntryKind {
  return entry.isSymbolicLink() ? "symlink" : entry.isFile() ? "file" : "other";
}

/** By id, not by file name: "cuba" comes before "cuba-island", though "cuba.json" sorts after "cuba-island.json". */
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A folder's entries; a folder that is absent has none, one that cannot be read is a stray-file problem. */
function listFolder(listing: Listing, path: string): Dirent[] {
  try {
    return readdirSync(path, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") {
      const message = code === "ENOTDIR" ? "is a file where a folder belongs" : `is a folder that cannot be read (${code ?? "an error"})`;
      listing.strayFiles.push({ file: displayPath(listing, path), message, hint: "each collection and seeds/ must be a readable folder of the data directory" });
    }
    return [];
  }
}

/** How messages show a path: relative to the working directory. */
export function displayPath(listing: Pick<Listing, "cwd">, path: string): string {
  return relative(listing.cwd, path) || path;
}

export function listDataset(dir: string, cwd = process.cwd()): Listing {
  const listing: Listing = { dir, cwd, records: [], seeds: [], strayFiles: [] };
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    listing.strayFiles.push({ file: dir, message: "is not a directory", hint: "name the data directory: the folder that holds people/, articles/, seeds/..." });
    return listing;
  }
  for (const collection of collectionNames) {
    const folder = join(dir, collection);
    const entries: RecordEntry[] = [];
    for (const entry of listFolder(listing, folder)) {
      if (entry.name.endsWith(".json")) entries.push({ collection, name: entry.name.slice(0, -".json".length), kind: kindOf(entry) });
      else listing.strayFiles.push({ file: displayPath(listing, join(folder, entry.name)), message: `is not a .json file, in the ${collection} folder`, hint: `data/${collection}/ holds only ${collections[collection].singular} records named <id>.json` });
    }
    listing.records.push(...entries.sort(byName));
  }
  for (const entry of listFolder(listing, join(dir, "seeds")).sort(byName)) listing.seeds.push({ name: entry.name, kind: kindOf(entry) });
  return listing;
}
