// The in-page name search, split so that no file grows with the dataset: each name form is folded
// (accents, case and punctuation dropped) and filed under the first two letters of each of its words,
// in chunks of CHUNK entries (`search/shards/<key in hex>-<n>.js`). A query matches at the start of a
// word, so every query word of two letters or more names a shard that holds all its matches; the page
// loads the smallest such shard (search/keys.js says how many chunks each has) with script tags, which
// work from file:// where fetch does not.

/** Folds a name for matching; the page runs this same function (its source is copied into site.js). */
export const fold = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9\u0600-\u06ff]+/g, " ").trim();

/** A shard key as a file name: each UTF-16 unit as four hex digits (the page computes the same). */
export const hexKey = (key: string): string => [...Array(key.length).keys()].map((i) => key.charCodeAt(i).toString(16).padStart(4, "0")).join("");

export interface SearchEntry {
  /** Page of the record, from the site root. */
  u: string;
  /** Name shown. */
  n: string;
  /** Collection. */
  c: string;
  /** Folded name forms. */
  f: string[];
}

const CHUNK = 1000;

/** The files of the search index: search/keys.js and the shard chunks, each with the banner line. */
export function searchFiles(entries: SearchEntry[], banner: string): Map<string, string> {
  const byKey = new Map<string, SearchEntry[]>();
  for (const e of entries) {
    const keys = new Set(e.f.flatMap((form) => form.split(" ").filter(Boolean).map((w) => w.slice(0, 2))));
    for (const k of keys) {
      const list = byKey.get(k);
      if (list) list.push(e);
      else byKey.set(k, [e]);
    }
  }
  const files = new Map<string, string>();
  const chunks: Record<string, number> = {};
  for (const k of [...byKey.keys()].sort()) {
    const list = byKey.get(k)!;
    chunks[k] = Math.ceil(list.length / CHUNK);
    for (let n = 0; n < chunks[k]!; n++) {
      const json = JSON.stringify(list.slice(n * CHUNK, (n + 1) * CHUNK)).replace(/</g, "\\u003c");
      files.set(`search/shards/${hexKey(k)}-${n}.js`, `// ${banner}\nSEARCH_SHARD(${JSON.stringify(k)}, ${n}, ${json});\n`);
    }
  }
  files.set("search/keys.js", `// ${banner}\nwindow.SEARCH_KEYS = ${JSON.stringify(chunks)};\n`);
  return files;
}
