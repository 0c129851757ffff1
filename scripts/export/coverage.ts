// How much of each source text the dataset quotes: the share of its non-whitespace characters inside
// some evidence quote (where the quote is placed), for exports/README.md. One bit per UTF-16 unit per
// text, filled as the evidence rows stream.
import type { SeedFile } from "../../src/dataset/seeds.js";

export interface SourceCoverage {
  /** Evidence items quoting the text. */
  quotes: number;
  /** Non-whitespace characters (UTF-16 units) of the text. */
  characters: number;
  /** Of those, the ones inside some quote. */
  covered: number;
}

export class QuoteCoverage {
  private readonly bits = new Map<string, { seed: SeedFile; covered: Uint8Array; quotes: number }>();

  constructor(seeds: ReadonlyMap<string, SeedFile>) {
    for (const [article, seed] of seeds) this.bits.set(article, { seed, covered: new Uint8Array(Math.ceil(seed.text.length / 8)), quotes: 0 });
  }

  /** Marks a quote placed at UTF-16 offsets [start, end) of the article's text. */
  add(article: string, start: number, end: number): void {
    const entry = this.bits.get(article)!;
    entry.quotes++;
    for (let i = start; i < end; i++) entry.covered[i >> 3]! |= 1 << (i & 7);
  }

  of(article: string): SourceCoverage {
    const { seed, covered, quotes } = this.bits.get(article)!;
    let characters = 0;
    let hit = 0;
    for (let i = 0; i < seed.text.length; i++) {
      if (/\s/.test(seed.text[i]!)) continue;
      characters++;
      if (covered[i >> 3]! & (1 << (i & 7))) hit++;
    }
    return { quotes, characters, covered: hit };
  }
}
