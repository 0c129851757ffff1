// Conflicts are told apart from compatible variants, each version is credited only to the articles whose own
// text states it, and wording differences of one statement are listed apart. All on invented fixture records
// compared under the real schema's marks: what the dataset's own records say is the checker's business.
import { describe, expect, it } from "vitest";
import { datasetSchema } from "../../src/generated/schema/dataset-schema.js";
import { differenceKey, disagreements, findDifferences, variants, type CollectionRecords, type Conflict, type WordingDifference } from "../../src/disagreements.js";
import type { PerSourceSchemaNode } from "../../src/shared/per-source.js";
import { readDataset, type JsonRecord } from "../../src/dataset/read.js";
import { collectionNames, collections, type CollectionName } from "../../src/shared/collections.js";
import { fixtureDir } from "../helpers/data-copy.js";

const defs = datasetSchema.$defs as unknown as Record<string, PerSourceSchemaNode>;

type Json = Record<string, unknown>;
const ev = (article: string, quote: string, resolves = false) => ({ article, quote, ...(resolves ? { resolves: true } : {}) });

/** Invented articles: two dated a season apart, one undated. */
const articles: Json[] = [
  { id: "june-wire", publicationDate: { value: "2031-06-10", asStated: "10 June 2031", derivation: "stated" } },
  { id: "december-wire", document: { published: "2031-12-02" } },
  { id: "undated-post" },
  { id: "friday-sheet", publicationDate: { value: "2031-06-20", asStated: "20 June 2031", derivation: "stated" } },
];
/** Invented places: a hall in a city in a country, and a city elsewhere. */
const places: Json[] = [
  { id: "norland" },
  { id: "port-amber", parentPlace: "norland" },
  { id: "lantern-hall", parentPlace: "port-amber" },
  { id: "velo" },
];

function run(records: { events?: Json[]; agreements?: Json[]; people?: Json[]; quotes?: Json[]; situations?: Json[] }) {
  const list: CollectionRecords[] = [
    { collection: "articles", title: "Article", records: articles as never },
    { collection: "places", title: "Place", records: places as never },
    { collection: "events", title: "Event", records: (records.events ?? []) as never },
    { collection: "agreements", title: "Agreement", records: (records.agreements ?? []) as never },
    { collection: "people", title: "Person", records: (records.people ?? []) as never },
    { collection: "quotes", title: "Quote", records: (records.quotes ?? []) as never },
    { collection: "situations", title: "Situation", records: (records.situations ?? []) as never },
  ];
  return findDifferences(defs, list);
}

const date = (value: string, article: string, extra: Json = {}) => ({ value, asStated: value, derivation: "stated", ...extra, evidence: [ev(article, value)] });
const at = (place: string, article: string) => ({ place, asStated: place, evidence: [ev(article, place)] });
const status = (value: string, article: string) => ({ value, asStated: value, evidence: [ev(article, value)] });
const event = (fields: Json): Json => ({ id: "signing", evidence: [], ...fields });

describe("dates: precision and span are compatible, two days for one event conflict", () => {
  it("a month beside a day inside it is a more precise date, not a conflict", () => {
    const { disagreements, variants } = run({ events: [event({ date: [date("2031-06", "june-wire"), date("2031-06-15", "undated-post")] })] });
    expect(disagreements).toEqual([]);
    expect(variants).toEqual([expect.objectContaining({ id: "signing", field: "date", relation: "precision" })]);
    expect(variants[0]!.versions.map((v) => v.value)).toEqual(["2031-06", "2031-06-15"]);
  });

  it("two days on which a long event was under way are a span; a one-day event on two days is a conflict", () => {
    const during = run({ events: [event({ date: [date("2031-06-14", "june-wire", { extent: "during" }), date("2031-06-15", "undated-post", { extent: "during" })] })] });
    expect(during.disagreements).toEqual([]);
    expect(during.variants.map((v) => v.relation)).toEqual(["span"]);
    const start = run({ events: [event({ date: [date("2031-06-14", "june-wire", { extent: "start" }), date("2031-06-15", "undated-post", { extent: "end" })] })] });
    expect(start.disagreements).toEqual([]);
    const on = run({ events: [event({ date: [date("2031-06-14", "june-wire"), date("2031-06-15", "undated-post")] })] });
    expect(on.disagreements).toEqual([expect.objectContaining({ kind: "conflict", field: "date", pairs: [[0, 1]] })]);
    // Ending before it starts cannot be.
    const backwards = run({ events: [event({ date: [date("2031-06-15", "june-wire", { extent: "start" }), date("2031-06-14", "undated-post", { extent: "end" })] })] });
    expect(backwards.disagreements.map((d) => d.field)).toEqual(["date"]);
  });
});

describe("places: part-of by the place records' parents", () => {
  it("a hall inside the city (two levels up) is compatible, the larger place first", () => {
    const { disagreements, variants } = run({ events: [event({ places: [at("norland", "june-wire"), at("lantern-hall", "undated-post")] })] });
    expect(disagreements).toEqual([]);
    expect(variants).toEqual([expect.objectContaining({ relation: "part-of" })]);
    expect(variants[0]!.versions.map((v) => v.value)).toEqual(["norland", "lantern-hall"]);
  });

  it("two places neither inside the other conflict", () => {
    const { disagreements } = run({ events: [event({ places: [at("port-amber", "june-wire"), at("velo", "undated-post")] })] });
    expect(disagreements.map((d) => d.field)).toEqual(["places"]);
  });
});

describe("statuses: progression by the articles' dates", () => {
  it("planned in a June report, held in a December one, is a progression", () => {
    const { disagreements, variants } = run({ events: [event({ status: [status("planned", "june-wire"), status("held", "december-wire")] })] });
    expect(disagreements).toEqual([]);
    expect(variants).toEqual([expect.objectContaining({ field: "status", relation: "progression" })]);
    expect(variants[0]!.versions.map((v) => v.value)).toEqual(["planned", "held"]);
  });

  it("held in June and planned in December conflict, and so do statuses whose order is unknown", () => {
    expect(run({ events: [event({ status: [status("held", "june-wire"), status("planned", "december-wire")] })] }).disagreements).toHaveLength(1);
    expect(run({ events: [event({ status: [status("planned", "june-wire"), status("held", "undated-post")] })] }).disagreements).toHaveLength(1);
    // Held and cancelled: no status moves on to the other.
    expect(run({ events: [event({ status: [status("held", "june-wire"), status("cancelled", "december-wire")] })] }).disagreements).toHaveLength(1);
  });

  it("an agreement expected to be signed in June and signed in December is a progression", () => {
    const agreement = { id: "trade-pact", status: [status("expected", "june-wire"), status("signed", "december-wire")], evidence: [] };
    expect(run({ agreements: [agreement] }).variants.map((v) => v.relation)).toEqual(["progression"]);
  });
});

describe("words and lists", () => {
  it("wordings of one agreement are the same value in other words", () => {
    const wordings = [
      { asStated: "customs", certainty: "stated", evidence: [ev("june-wire", "customs")] },
      { asStated: "customs cooperation", certainty: "stated", evidence: [ev("undated-post", "customs cooperation")] },
    ];
    const { disagreements, variants } = run({ agreements: [{ id: "customs-pact", wordings, evidence: [] }] });
    expect(disagreements).toEqual([]);
    expect(variants).toEqual([expect.objectContaining({ field: "wordings", relation: "same-value" })]);
  });

  it("a partial list beside a longer one is compatible; lists that each lack the other's items conflict", () => {
    const list = (members: string[], article: string) => ({ asStated: members.join(", "), members, certainty: "stated", evidence: [ev(article, members.join(", "))] });
    const partial = run({ agreements: [{ id: "set", enumerations: [list(["a", "b", "c"], "june-wire"), list(["b", "a"], "undated-post")], evidence: [] }] });
    expect(partial.disagreements).toEqual([]);
    expect(partial.variants.map((v) => [v.relation, v.versions[0].value])).toEqual([["partial-list", ["b", "a"]]]);
    const apart = run({ agreements: [{ id: "set", enumerations: [list(["a", "b"], "june-wire"), list(["a", "c"], "undated-post")], evidence: [] }] });
    expect(apart.disagreements.map((d) => d.field)).toEqual(["enumerations"]);
  });

  it("signers: naming more people is compatible, a signatory who was only present by another account is a conflict", () => {
    const account = (participants: Json[], article: string) => ({ participants, asStated: article, certainty: "stated", evidence: [ev(article, article)] });
    const more = run({
      agreements: [{ id: "pact", signing: [account([{ part: "signatory", person: "ruiz" }], "june-wire"), account([{ part: "signatory", person: "ruiz" }, { part: "present", person: "berg" }], "undated-post")], evidence: [] }],
    });
    expect(more.disagreements).toEqual([]);
    expect(more.variants.map((v) => v.relation)).toEqual(["partial-list"]);
    const clash = run({
      agreements: [{ id: "pact", signing: [account([{ part: "signatory", person: "ruiz" }], "june-wire"), account([{ part: "present", person: "ruiz" }, { part: "signatory", group: "officials" }], "undated-post")], evidence: [] }],
    });
    expect(clash.disagreements.map((d) => d.field)).toEqual(["signing"]);
  });

  it("quantities: a number inside the range another allows is more precise; outside it, a conflict", () => {
    const q = (value: number, qualifier: string, article: string) => ({ value, unit: "year", qualifier, asStated: `${qualifier} ${value}`, evidence: [ev(article, `${qualifier} ${value}`)] });
    const inside = run({ situations: [{ id: "rule", statedDuration: [q(60, "more-than", "june-wire"), q(62, "exact", "undated-post")], evidence: [] }] });
    expect(inside.disagreements).toEqual([]);
    expect(inside.variants[0]!.versions.map((v) => (v.value as { value: number }).value)).toEqual([60, 62]);
    const outside = run({ situations: [{ id: "rule", statedDuration: [q(60, "more-than", "june-wire"), q(60, "exact", "undated-post")], evidence: [] }] });
    expect(outside.disagreements).toHaveLength(1);
  });

  it("different numbers for an equal-compared fact conflict", () => {
    const age = (value: number, article: string) => ({ value, asStated: String(value), evidence: [ev(article, String(value))] });
    const { disagreements } = run({ people: [{ id: "halden", statedAge: [age(92, "june-wire"), age(91, "undated-post")], evidence: [] }] });
    expect(disagreements).toEqual([expect.objectContaining({ kind: "conflict", id: "halden", field: "statedAge" })]);
  });
});

describe("a version belongs to the article that states it", () => {
  it("evidence that only resolves a value credits no article", () => {
    const weekday = { value: "2031-06-14", asStated: "Saturday", derivation: "weekday", evidence: [ev("undated-post", "on Saturday"), ev("june-wire", "10 June 2031", true)] };
    const { variants } = run({ events: [event({ date: [date("2031-06", "june-wire"), weekday] })] });
    expect(variants[0]!.versions[1]).toEqual(expect.objectContaining({ value: "2031-06-14", articles: ["undated-post"] }));
  });

  it("two values whose only second article resolves one of them are no disagreement between sources", () => {
    const weekday = { value: "2031-06-14", asStated: "Saturday", derivation: "weekday", evidence: [ev("undated-post", "on Saturday"), ev("june-wire", "10 June 2031", true)] };
    const other = date("2031-06-13", "undated-post");
    expect(run({ events: [event({ date: [other, weekday] })] }).disagreements).toEqual([]);
    // The same two values, the second stated by june-wire itself, do conflict.
    const stated = { ...weekday, evidence: [ev("june-wire", "on Saturday")] };
    expect(run({ events: [event({ date: [other, stated] })] }).disagreements).toHaveLength(1);
  });
});

describe("a report that a planned event was held later (issue 23's fixture)", () => {
  const planned = event({
    status: [status("planned", "june-wire")],
    date: [date("2031-06-15", "june-wire")],
    places: [at("port-amber", "june-wire")],
  });
  /** The planned event, plus the entries one more article adds. */
  const withReport = (added: { status?: Json[]; date?: Json[]; places?: Json[] }) =>
    event({
      status: [...(planned.status as Json[]), ...(added.status ?? [])],
      date: [...(planned.date as Json[]), ...(added.date ?? [])],
      places: [...(planned.places as Json[]), ...(added.places ?? [])],
    });

  it("held later, at a vaguer date and a place inside the planned one, adds no conflict", () => {
    const before = run({ events: [planned] }).disagreements.length;
    const after = run({ events: [withReport({ status: [status("held", "december-wire")], date: [date("2031-06", "december-wire")], places: [at("lantern-hall", "december-wire")] })] });
    expect(after.disagreements).toHaveLength(before);
    expect(after.variants.map((v) => v.relation).sort()).toEqual(["part-of", "precision", "progression"]);
  });

  it("another day of the week for the same signing adds exactly one", () => {
    const before = run({ events: [planned] }).disagreements.length;
    const friday = { value: "2031-06-16", asStated: "on Friday", derivation: "weekday", evidence: [ev("friday-sheet", "on Friday")] };
    const after = run({ events: [withReport({ date: [friday] })] }).disagreements;
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toEqual(expect.objectContaining({ kind: "conflict", field: "date" }));
    expect((after[0] as Conflict).versions.map((v) => v.articles)).toEqual([["june-wire"], ["friday-sheet"]]);
  });
});

describe("wording differences between reports of one statement", () => {
  const variant = (asStated: string, article: string, speech = "direct", language = "en") => ({ asStated, speech, language, evidence: [ev(article, asStated)] });
  const quote = (variants: Json[]): Json => ({ id: "berg-bridges", speakers: ["anna-berg"], summary: "bridges", variants, evidence: [] });

  it("lists direct words that differ, with the differing words of each", () => {
    const { disagreements } = run({
      quotes: [quote([variant("Trade builds bridges between free nations.", "june-wire"), variant("Trade builds bridges between independent nations", "undated-post")])],
    });
    expect(disagreements).toHaveLength(1);
    const d = disagreements[0] as WordingDifference;
    expect(d).toEqual(expect.objectContaining({ kind: "wording", field: "variants", language: "en" }));
    expect(d.versions.map((v) => v.differingWords)).toEqual([["free"], ["independent"]]);
  });

  it("ignores case, punctuation, fragments of a longer report, other languages, and one article's own reports", () => {
    const same = run({ quotes: [quote([variant("Trade builds bridges.", "june-wire"), variant("“trade builds bridges”", "undated-post")])] });
    expect(same.disagreements).toEqual([]);
    const fragment = run({ quotes: [quote([variant("Trade builds bridges between free nations.", "june-wire"), variant("free nations", "undated-post")])] });
    expect(fragment.disagreements).toEqual([]);
    const languages = run({ quotes: [quote([variant("Trade builds bridges.", "june-wire"), variant("El comercio construye puentes.", "undated-post", "direct", "es")])] });
    expect(languages.disagreements).toEqual([]);
    const oneArticle = run({ quotes: [quote([variant("Trade builds bridges.", "june-wire"), variant("Trade builds roads.", "june-wire")])] });
    expect(oneArticle.disagreements).toEqual([]);
  });

  it("compares a direct report with an indirect one, but never two indirect reports alone", () => {
    const mixed = run({ quotes: [quote([variant("trade in medicine and energy", "june-wire"), variant("trade in medicine and nuclear energy", "undated-post", "indirect")])] });
    expect((mixed.disagreements[0] as WordingDifference).versions.map((v) => v.differingWords)).toEqual([[], ["nuclear"]]);
    const indirect = run({ quotes: [quote([variant("trade helps", "june-wire", "indirect"), variant("trade is good", "undated-post", "indirect")])] });
    expect(indirect.disagreements).toEqual([]);
  });

  it("shows only the direct wordings when they differ among themselves", () => {
    const { disagreements } = run({
      quotes: [quote([variant("bridges between free nations", "june-wire"), variant("bridges between independent nations", "undated-post"), variant("she spoke of trade", "december-wire", "indirect")])],
    });
    expect((disagreements[0] as WordingDifference).versions.map((v) => v.speech)).toEqual([["direct"], ["direct"]]);
  });
});

describe("ranking: the most contested first", () => {
  it("puts conflicts before wording, outright statements before readings, one value against another before differing lists, more articles before fewer", () => {
    const age = (value: number, article: string, certainty?: string) => ({ value, asStated: String(value), ...(certainty ? { certainty } : {}), evidence: [ev(article, String(value))] });
    const status3 = (value: string, article: string) => ({ value, asStated: value, evidence: [ev(article, value)] });
    const types = (value: string[], article: string) => ({ value, asStated: value.join(" "), evidence: [ev(article, value.join(" "))] });
    const read = { value: "2031-06-14", asStated: "upon arrival", derivation: "inferred", certainty: "interpretation", note: "read", evidence: [ev("june-wire", "upon arrival")] };
    const { disagreements } = run({
      quotes: [{ id: "q", speakers: ["x"], summary: "s", variants: [{ asStated: "a b", speech: "direct", language: "en", evidence: [ev("june-wire", "a b")] }, { asStated: "a c", speech: "direct", language: "en", evidence: [ev("undated-post", "a c")] }], evidence: [] }],
      events: [event({ date: [read, date("2031-06-15", "undated-post")] })],
      people: [
        { id: "a-two", statedAge: [age(1, "june-wire"), age(2, "undated-post")], evidence: [] },
        { id: "b-three", statedStatus: [status3("active", "june-wire"), status3("retired", "undated-post"), status3("deceased", "friday-sheet")], evidence: [] },
      ],
      agreements: [{ id: "pact", documentTypes: [types(["agreement"], "june-wire"), types(["memorandum-of-understanding"], "undated-post"), types(["accord"], "friday-sheet")], evidence: [] }],
    });
    expect(disagreements.map((d) => `${d.rank} ${d.kind} ${d.id}`)).toEqual(["1 conflict b-three", "2 conflict a-two", "3 conflict pact", "4 conflict signing", "5 wording q"]);
  });
});

describe("differenceKey", () => {
  it("names the same difference alike across runs, and different ones apart", () => {
    const planned = event({ status: [status("planned", "june-wire"), status("held", "december-wire")], date: [date("2031-06-14", "june-wire"), date("2031-06-15", "undated-post")] });
    const first = run({ events: [planned] });
    const again = run({ events: [structuredClone(planned)] });
    expect([...first.disagreements, ...first.variants].map(differenceKey)).toEqual([...again.disagreements, ...again.variants].map(differenceKey));
    const keys = [...first.disagreements, ...first.variants].map(differenceKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(["conflict events/signing date", 'variant events/signing status progression "planned" ~ "held"']);
  });
});

describe("on the shared fixture dataset", () => {
  /** The differences in the fixture dataset's records, after `change` has edited a copy of them. */
  function differencesIn(change: (records: Record<CollectionName, JsonRecord[]>) => void = () => undefined) {
    const { records } = readDataset(fixtureDir, fixtureDir);
    change(records);
    return findDifferences(defs, collectionNames.map((c) => ({ collection: c, title: collections[c].title, records: records[c] })));
  }

  it("lists a person's two stated ages and the accounts of who signed as conflicts, each version with its article and entry", () => {
    const found = differencesIn().disagreements;
    expect(found.find((d) => d.id === "anna-berg")).toEqual(
      expect.objectContaining({
        kind: "conflict",
        collection: "people",
        field: "statedAge",
        versions: [
          { value: 58, asStated: ["Berg, 58"], articles: ["lantern-report"], pointers: ["/statedAge/0"], certainty: "stated" },
          { value: 57, asStated: ["57-year-old Berg"], articles: ["velo-wire"], pointers: ["/statedAge/1"], certainty: "stated" },
        ],
        pairs: [[0, 1]],
      }),
    );
    // Berg and Ruiz sign by one account and are present by the other.
    const signing = found.find((d) => d.field === "signing")!;
    expect(signing.versions.map((v) => v.articles)).toEqual([["lantern-report"], ["velo-wire"]]);
  });

  it("reports only differences between two or more articles", () => {
    // Both ages from one article: two versions, but one source, so nothing to list.
    const oneSource = differencesIn((records) => {
      const berg = records.people.find((p) => p.id === "anna-berg") as unknown as { statedAge: { evidence: { article: string }[] }[] };
      berg.statedAge[1]!.evidence = berg.statedAge[0]!.evidence;
    });
    expect(oneSource.disagreements.find((d) => d.id === "anna-berg")).toBeUndefined();
    // One value from two articles: one version, nothing to list.
    const sameValue = differencesIn((records) => {
      const berg = records.people.find((p) => p.id === "anna-berg") as unknown as { statedAge: { value: number }[] };
      berg.statedAge[1]!.value = 58;
    });
    expect(sameValue.disagreements.find((d) => d.id === "anna-berg")).toBeUndefined();
  });
});

describe("the dataset", () => {
  it("exposes its disagreements and variants, every version credited to at least one article", () => {
    const all = disagreements();
    expect(all.map((d) => d.rank)).toEqual(all.map((_, i) => i + 1));
    for (const d of all) {
      expect(d.versions.length, d.id).toBeGreaterThanOrEqual(2);
      if (d.kind === "conflict") for (const [i, j] of d.pairs) expect(d.versions[i]!.articles.some((a) => d.versions[j]!.articles.some((b) => a !== b))).toBe(true);
    }
    const shown = (v: { value: unknown; extent?: string }) => JSON.stringify([v.value, v.extent]);
    for (const v of variants()) expect(shown(v.versions[0]), `${v.id} ${v.field}`).not.toBe(shown(v.versions[1]));
  });
});
