// The source texts of seeds/: read byte for byte and hashed once.
import { createHash } from "node:crypto";
import { join } from "node:path";
import { decodeUtf8, readRegularFile, type LoadProblem } from "./files.js";
import { displayPath, type Listing } from "./listing.js";

/** Seeds larger than this are refused unread. */
export const MAX_SEED_BYTES = 8 * 1024 * 1024;

export interface SeedFile {
  /** Display path, relative to the working directory. */
  file: string;
  /** The file name in seeds/. */
  name: string;
  problem?: LoadProblem;
  bytes: Buffer;
  text: string;
  sha256: string;
}

export function loadSeeds(listing: Listing): Map<string, SeedFile> {
  const seeds = new Map<string, SeedFile>();
  for (const entry of listing.seeds) {
    const path = join(listing.dir, "seeds", entry.name);
    const seed: SeedFile = { file: displayPath(listing, path), name: entry.name, bytes: Buffer.alloc(0), text: "", sha256: "" };
    seeds.set(entry.name, seed);
    const read = readRegularFile(path, entry.kind, MAX_SEED_BYTES);
    if ("problem" in read) {
      seed.problem = read.problem;
      continue;
    }
    seed.bytes = read.bytes;
    seed.sha256 = createHash("sha256").update(read.bytes).digest("hex");
    // A quote is matched against exactly what was published: a BOM stays.
    const decoded = decodeUtf8(read.bytes, true);
    if (decoded.problem) seed.problem = { kind: "encoding", message: "seed is not valid UTF-8", hint: "seeds must be UTF-8 text" };
    else seed.text = decoded.text;
  }
  return seeds;
}
