// `npm run site`: the evidence explorer, a static site built from a data directory (read through the
// project's one reader) and written through the one writer of build outputs. `--diagnostics` also runs
// the checker and shows each finding on the page of the record it concerns.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkDirectory } from "../../src/check/index.js";
import type { Diagnostic } from "../../src/check/diagnostic.js";
import { DatasetError } from "../../src/dataset/read.js";
import { collectionNames } from "../../src/shared/collections.js";
import { replaceRefusal, writeArtefacts } from "../lib/artefacts.js";
import { loadSite, push, type SiteData } from "./data.js";
import type { Artefact } from "./layout.js";
import { disagreementsPages, homePage, relationsPage, searchPage, timelinePages, whoSaidWhatPages } from "./pages.js";
import { listPages, recordPages } from "./records.js";
import { fold, hexKey, partFile, partsFor, searchFiles, terms } from "./search.js";

export const GENERATOR = "scripts/site.ts (npm run site)";
const usage = "usage: npm run site [-- --diagnostics] [-- --data DIR] [-- --out DIR]";

/** Each finding on the page of the record (or, for a seed, the article) it is about; "other" for the rest. */
function findingsByRecord(data: SiteData, dir: string): Map<string, Diagnostic[]> {
  const findings = new Map<string, Diagnostic[]>();
  const articleOfSeed = new Map(data.records.get("articles")!.map((a) => [String(a.value.seed), a.key]));
  for (const d of checkDirectory(dir).diagnostics) {
    const [folder = "", file = ""] = d.file.split(/[\\/]/).slice(-2);
    const key = folder === "seeds" ? articleOfSeed.get(file) : `${folder}/${file.replace(/\.json$/, "")}`;
    push(findings, key !== undefined && (folder === "seeds" || data.byKey.has(key)) ? key : "other", d);
  }
  return findings;
}

/** The site's own files: style, script (with the very folding functions the index was built with), the search library. */
function assets(): Artefact[] {
  const read = (name: string) => readFileSync(new URL(name, import.meta.url), "utf8");
  const minisearch = join(createRequire(import.meta.url).resolve("minisearch"), "../../umd/index.js");
  return [
    { path: "style.css", content: read("style.css") },
    { path: "site.js", content: read("client.js").replace("/*FOLD*/", fold.toString()).replace("/*TERMS*/", terms.toString()).replace("/*HEX*/", hexKey.toString()).replace("/*PARTS*/", partsFor.toString()).replace("/*FILE*/", partFile.toString()) },
    { path: "search/minisearch.js", content: `/* MiniSearch (MIT licence, https://github.com/lucaong/minisearch), unchanged */\n${readFileSync(minisearch, "utf8")}` },
  ];
}

function* site(data: SiteData, findings: Map<string, Diagnostic[]>, diagnostics: boolean): Generator<Artefact> {
  for (const c of collectionNames) {
    yield* listPages(data, c, findings);
    for (const r of data.records.get(c)!) yield* recordPages(data, r, findings);
  }
  yield homePage(data, findings, diagnostics);
  yield searchPage();
  yield* searchFiles(data);
  yield* whoSaidWhatPages(data, diagnostics);
  yield* disagreementsPages(data, diagnostics);
  yield* timelinePages(data, diagnostics);
  yield* relationsPage(data);
  yield* assets();
}

/** Runs the generator; returns the exit code (2 for a usage error, 1 for data it cannot read). */
export function main(argv: string[]): number {
  let args: { diagnostics?: boolean; data?: string; out?: string; help?: boolean };
  try {
    ({ values: args } = parseArgs({
      args: argv,
      options: {
        diagnostics: { type: "boolean", default: false },
        data: { type: "string", default: "data" },
        out: { type: "string", default: "site" },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    console.error(`site: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  const [dataDir, outDir] = [args.data!, args.out!];
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    console.error(`site: ${dataDir}: no such data directory\n${usage}`);
    return 2;
  }
  const refused = replaceRefusal(outDir, GENERATOR);
  if (refused) {
    console.error(`site: ${refused}\n${usage}`);
    return 2;
  }
  let data: SiteData;
  try {
    data = loadSite(dataDir);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    console.error(`site: ${error.message}`);
    return 1;
  }
  const findings = args.diagnostics ? findingsByRecord(data, dataDir) : new Map<string, Diagnostic[]>();
  const written = writeArtefacts(outDir, GENERATOR, site(data, findings, !!args.diagnostics));
  console.log(`wrote ${written} files to ${outDir}/`);
  return 0;
}
