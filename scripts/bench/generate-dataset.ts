// `npx tsx scripts/bench/generate-dataset.ts --records N --out DIR [--seeds M] [--seed S]`: a synthetic data directory shaped
// like the real one — M source texts (~5 KB, with curly quotes, no-break spaces, accents, Spanish and
// Persian passages) and N records in every collection whose quotes are real substrings of those texts,
// with references between records. Deterministic for a given --seed. `iran-cuba-relations check` passes on it without a warning.
import { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { canonicalText } from "../../src/check/canonical.js";
import type { CollectionName } from "../../src/shared/collections.js";
import { rng as random } from "../lib/random.js";

const GIVEN = ["Raúl", "Miguel", "Hossein", "Bruno", "Ebrahim", "Nicolás", "Daniel", "Manuel", "Alberto", "José", "Ana", "Zahra", "Marta", "Iñigo", "Reza", "Lucía"];
const FAMILY = ["Castro", "Díaz", "Rodríguez", "Parrilla", "Raisi", "Marrero", "González", "Amiri", "Sánchez", "Tehrani", "Ortega", "Núñez", "Karimi", "Peña", "Mousavi", "Ruz"];
const ORG_WORDS = ["Ministry", "Commission", "Agency", "Council", "Institute", "Party", "Assembly", "Centre"];
const FIELDS = ["Trade", "Energy", "Biotechnology", "Customs", "Justice", "Health", "Culture", "Communications"];
const PLACES = ["Havana", "Tehran", "Caracas", "Managua", "Cienfuegos", "Isfahan", "Matanzas", "Shiraz"];
const PERSIAN = "همکاری‌های دو کشور در حوزه‌های علمی و فناوری گسترش می‌یابد";
// The capitalized words of the texts that name no record (the check's coverage rule asks for them to be acknowledged).
const NON_NAMES = ["HAVANA", "Report", "Iran", "Cuba", "La", "Presidente", "Delegates", "Minister", ...FIELDS, ...PLACES];
const SPANISH = "La cooperación entre ambos países se fortalecerá, aseguró el Presidente";

export interface GeneratedDataset {
  records: Record<CollectionName, number>;
  seeds: number;
  bytes: number;
}

/** Record counts per collection for N records and M seeds: one article per seed, the rest shared out. */
function shares(records: number, seeds: number): Record<CollectionName, number> {
  const rest = Math.max(0, records - seeds);
  const people = Math.floor(rest * 0.35);
  const organizations = Math.floor(rest * 0.2);
  const places = Math.floor(rest * 0.1);
  const agreements = Math.floor(rest * 0.15);
  const events = Math.floor(rest * 0.08);
  const quotes = rest - people - organizations - places - agreements - events;
  // Situations and groups are not generated: the benchmark measures the collections that dominate real data.
  return { articles: seeds, people, organizations, places, agreements, events, quotes, situations: 0, groups: 0 };
}

export function generateDataset(options: { records: number; seeds: number; out: string; seed?: number }): GeneratedDataset {
  const { records: total, seeds, out } = options;
  if (seeds < 1 || total < seeds) throw new Error("--records must be at least --seeds, and --seeds at least 1");
  const rand = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const counts = shares(total, seeds);
  rmSync(out, { recursive: true, force: true });
  for (const c of [...Object.keys(counts), "seeds"]) mkdirSync(join(out, c), { recursive: true });
  let bytes = 0;
  const write = (collection: CollectionName, value: { id: string }) => {
    const text = canonicalText(collection, value);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(out, collection, `${value.id}.json`), text);
  };

  // Each record is born in one seed: its sentence is written into that seed's text, so its quotes are real.
  const seedSentences: string[][] = Array.from({ length: seeds }, (_, s) => [
    `HAVANA – Report ${s} on the ties between Iran and Cuba, with\u00a0its “quoted” passages.`,
    `${SPANISH} (${s}).`,
    `${PERSIAN} ${s}.`,
    // Every capitalized word that names no record, in every text, so that each article's nonNames are all needed.
    `Delegates of the Minister spoke of ${FIELDS.join(", ")} in ${PLACES.join(", ")}.`,
  ]);
  const articleId = (s: number) => `synthetic-article-${s}`;
  const home = (i: number) => i % seeds;
  const sentence = (s: number, text: string) => {
    seedSentences[s]!.push(text);
    return { article: articleId(s), quote: text };
  };
  const personName = (i: number) => `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]} ${i}`;
  const orgName = (i: number) => `${pick(ORG_WORDS)} of ${pick(FIELDS)} ${i}`;
  const placeName = (i: number) => `${PLACES[i % PLACES.length]} ${i}`;

  const orgs: { id: string; name: string }[] = [];
  for (let i = 0; i < counts.organizations; i++) {
    const name = orgName(i);
    const evidence = sentence(home(i), `The ${name} said it “welcomes cooperation” with Havana.`);
    orgs.push({ id: `org-${i}`, name });
    write("organizations", { id: `org-${i}`, name, nameForms: [name], kind: "government", status: "existing", country: pick(["IR", "CU"]), evidence: [evidence] } as never);
  }
  for (let i = 0; i < counts.places; i++) {
    const name = placeName(i);
    write("places", { id: `place-${i}`, name, nameForms: [name], kind: "city", country: pick(["IR", "CU"]), evidence: [sentence(home(i), `Delegates met in ${name}, a city of ${pick(["Iran", "Cuba"])}.`)] } as never);
  }
  for (let i = 0; i < counts.people; i++) {
    const name = personName(i);
    const org = orgs.length ? orgs[i % orgs.length]! : undefined;
    const age = 40 + (i % 50);
    const quote = sentence(home(i), `${name}, ${age}, the Minister of ${pick(FIELDS)}, spoke in ${pick(PLACES)}.`);
    const person: Record<string, unknown> = {
      id: `person-${i}`,
      name,
      nameForms: [name],
      roles: [{ asStated: "the Minister of", status: "current", country: "CU", ...(org ? { organization: org.id } : {}) }],
      statedAge: [{ value: age, asStated: `${name}, ${age}` }],
      evidence: [quote],
    };
    write("people", person as never);
  }
  const people = counts.people;
  for (let i = 0; i < counts.agreements; i++) {
    const field = pick(FIELDS).toLowerCase();
    const signer = people ? `person-${i % people}` : undefined;
    const evidence = sentence(home(i), `Both sides signed ${1 + (i % 6)} agreements on ${field} cooperation (${i}).`);
    write("agreements", {
      id: `agreement-${i}`,
      name: `Agreement on ${field} ${i}`,
      kind: "agreement",
      status: [{ value: "signed", asStated: "signed" }],
      parties: [{ country: "IR", asStated: "Both sides", certainty: "stated" }, { country: "CU", asStated: "Both sides", certainty: "stated" }],
      wordings: [{ asStated: `${field} cooperation`, certainty: "stated" }],
      ...(signer ? { signing: [{ participants: [{ part: "signatory", person: signer }], asStated: "Both sides signed", certainty: "stated", evidence: [evidence] }] } : {}),
      evidence: [evidence],
    } as never);
  }
  for (let i = 0; i < counts.events; i++) {
    const evidence = sentence(home(i), `On Thursday the delegations held talks number ${i} in ${pick(PLACES)}.`);
    write("events", {
      id: `event-${i}`,
      name: `Talks ${i}`,
      kind: "talks",
      ...(i > 0 ? { partOfEvent: `event-${Math.floor(i / 2)}` } : {}),
      date: [{ value: "2023-06-15", asStated: "Thursday", derivation: "weekday", note: "Synthetic." }],
      evidence: [evidence],
    } as never);
  }
  for (let i = 0; i < counts.quotes; i++) {
    const words = `Our cooperation number ${i} can create hope in independent nations`;
    const evidence = sentence(home(i), `“${words},” he said.`);
    write("quotes", {
      id: `quote-${i}`,
      speakers: people ? [`person-${i % people}`] : undefined,
      summary: `Statement ${i}`,
      ...(counts.events ? { event: `event-${i % counts.events}` } : {}),
      variants: [{ asStated: words, speech: "direct", language: "en", attribution: { asStated: "he said" }, evidence: [evidence] }],
      evidence: [evidence],
    } as never);
  }
  for (let s = 0; s < seeds; s++) {
    // Pad each text to about 5 KB with prose that no record cites, as real articles have.
    const lines = seedSentences[s]!;
    while (lines.join("\n").length < 5000) lines.push(`Filler paragraph ${lines.length}: the talks continued in a “constructive” atmosphere, officials said.`);
    const text = lines.join("\n");
    const seedFile = `${String(s).padStart(6, "0")}_synthetic.txt`;
    writeFileSync(join(out, "seeds", seedFile), text);
    bytes += Buffer.byteLength(text);
    write("articles", {
      id: articleId(s),
      seed: seedFile,
      sha256: createHash("sha256").update(text).digest("hex"),
      languages: [
        { tag: "en", extent: "main", evidence: [{ article: articleId(s), quote: lines[0]! }] },
        { tag: "es", extent: "passage", evidence: [{ article: articleId(s), quote: lines[1]! }] },
        { tag: "fa", extent: "passage", evidence: [{ article: articleId(s), quote: lines[2]! }] },
      ],
      evidence: [{ article: articleId(s), quote: lines[0]! }],
      nonNames: NON_NAMES.map((word) => ({ word })),
    } as never);
  }
  return { records: counts, seeds, bytes };
}

if (process.argv[1]?.endsWith("generate-dataset.ts")) {
  const { values } = parseArgs({ options: { records: { type: "string" }, seeds: { type: "string" }, out: { type: "string" }, seed: { type: "string", default: "1" } } });
  if (!values.records || !values.out) throw new Error("usage: generate-dataset.ts --records N --out DIR [--seeds M] [--seed S]");
  const records = Number(values.records);
  const result = generateDataset({ records, seeds: Number(values.seeds ?? Math.max(1, Math.round(records / 100))), out: values.out, seed: Number(values.seed) });
  console.log(`wrote ${Object.values(result.records).reduce((a, b) => a + b, 0)} records and ${result.seeds} seeds (${(result.bytes / 1024 / 1024).toFixed(1)} MiB) to ${values.out}`);
}
