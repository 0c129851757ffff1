// The pure parts of suggest: the sentence a proposal quotes, and where a text names a record.
import { describe, expect, it } from "vitest";
import { enclosingSentence } from "../../src/curate/sentences.js";
import { findMentions, type Mention } from "../../src/curate/mentions.js";
import { findReferencesBack, headOf } from "../../src/curate/anaphora.js";
import { descriptionsOf, nameFormFields, nameFormsOf } from "../../src/shared/name-forms.js";
import { datasetSchema } from "../../src/generated/schema/dataset-schema.js";
import { suggest } from "../../src/curate/suggest.js";
import { readDataset } from "../../src/dataset/read.js";
import { walkObjects } from "../../src/shared/walk.js";
import { fixtureDir } from "../helpers/data-copy.js";

const sentenceAround = (text: string, words: string) => {
  const at = text.indexOf(words);
  const s = enclosingSentence(text, at, at + words.length);
  return text.slice(s.start, s.end);
};

describe("enclosingSentence", () => {
  it("takes the sentence around a span, with its closing quote, and not across a line break", () => {
    const text = "Title line\nFirst one ends here. He said, “Velo is near.” The U.S. envoy met Mr. Berg in Velo! Next?\nLast";
    expect(sentenceAround(text, "Title")).toBe("Title line");
    expect(sentenceAround(text, "near")).toBe("He said, “Velo is near.”");
    expect(sentenceAround(text, "envoy")).toBe("The U.S. envoy met Mr. Berg in Velo!");
    expect(sentenceAround(text, "Last")).toBe("Last");
  });

  it("stays inside the bounds it is given", () => {
    const text = "Comment: Velo is great and sunny";
    const s = enclosingSentence(text, 9, 13, { start: 9, end: text.indexOf(" and") });
    expect(text.slice(s.start, s.end)).toBe("Velo is great");
  });
});

describe("findMentions", () => {
  const forms = [
    { owner: "people/ruiz", form: "Tomás Ruiz" },
    { owner: "people/ruiz", form: "Ruiz" },
    { owner: "places/us", form: "US" },
    { owner: "places/port", form: "Port “Amber”" },
  ];
  const none = () => false;

  it("folds accents, case, quote style and white space, and gives the text's own words", () => {
    const text = "TOMAS  RUIZ met tomás ruiz at Port \"Amber\".";
    expect(findMentions(text, forms, none).map((m) => [m.owner, m.words])).toEqual([
      ["people/ruiz", "TOMAS  RUIZ"],
      ["people/ruiz", "tomás ruiz"],
      ["places/port", 'Port "Amber"'],
    ]);
  });

  it("ends a name of two words or more where a lower-case letter meets a capital, as in headings run together; not a one-word name", () => {
    expect(findMentions("NewsTomás RuizUS said", forms, none).map((m) => m.words)).toEqual(["Tomás Ruiz"]);
    expect(findMentions("Tomás Ruizus", forms, none).map((m) => m.words)).toEqual([]);
    expect(findMentions("RuizWire and USToday", forms, none).map((m) => m.words)).toEqual([]);
  });

  it("lets a longer mention hide the shorter ones of its own collection only, and a description hide no name", () => {
    const more = [...forms, { owner: "people/ruiz-senior", form: "Ruiz Senior" }, { owner: "organizations/port-board", form: "Port “Amber” Board" }, { owner: "situations/ban", form: "the ban on US grain", description: true as const }];
    const owners = (text: string) => findMentions(text, more, none).map((m) => m.owner);
    expect(owners("Ruiz Senior spoke.")).toEqual(["people/ruiz-senior"]);
    expect(owners('The Port "Amber" Board met.')).toEqual(["organizations/port-board", "places/port"]);
    expect(owners("He lifted the ban on US grain.")).toEqual(["situations/ban", "places/us"]);
  });

  it("matches whole words only, an acronym only in capitals, and leaves out excluded spans", () => {
    const text = "Ruizes told us the US and Ruiz agreed.";
    const found = findMentions(text, forms, (start) => start === text.lastIndexOf("Ruiz"));
    expect(found.map((m) => m.words)).toEqual(["US"]);
  });
});

describe("references back", () => {
  it("take a name's head noun: the last word before any preposition, or the first in a right-to-left script; none for one word", () => {
    expect(["Iranian government", "Government of Iran", "Joint Commission on Trade", "Port Amber", "مرکز مهندسی ژنتیک هاوانا", "Havana"].map(headOf)).toEqual([
      "government", "government", "commission", "amber", "مرکز", undefined,
    ]);
  });

  it("read the/this/that (or این/آن) and a lower-case head as the nearest record named before with that head", () => {
    const text = "The Velo Port Board met the Amber Port Board. This board said no. Then the Velo Port Board spoke; the board agreed, and The Board left.";
    const at = (words: string, from = 0) => text.indexOf(words, from);
    const mention = (owner: string, words: string, from = 0): Mention => ({ owner, form: words, start: at(words, from), end: at(words, from) + words.length, words });
    const mentions = [mention("organizations/velo", "Velo Port Board"), mention("organizations/amber", "Amber Port Board"), mention("organizations/velo", "Velo Port Board", 20)];
    const heads = (owner: string) => new Set(owner === "organizations/velo" || owner === "organizations/amber" ? ["board"] : []);
    const found = (excluded = (_s: number, _e: number) => false) => findReferencesBack(text, mentions, heads, excluded).map((m) => [m.owner, m.words, m.refersBack]);
    expect(found()).toEqual([
      ["organizations/amber", "This board", "Amber Port Board"],
      ["organizations/velo", "the board", "Velo Port Board"],
    ]); // "The Board" is capitalized: not read as a reference back; "The Velo" is inside a mention
    expect(found((start) => start === at("This board"))).toEqual([["organizations/velo", "the board", "Velo Port Board"]]);
    expect(findReferencesBack("This board met.", mentions.slice(2), heads, () => false)).toEqual([]); // nothing named before it
  });
});

describe("name form fields", () => {
  it("are the properties the schema marks x-names (true for names, \"description\" for descriptions), read from the schema", () => {
    const marked = { T: { properties: { a: {}, b: { "x-names": true as const }, c: { "x-names": "description" as const } } } };
    expect(nameFormFields(marked, "T")).toEqual(["b"]);
    expect(nameFormFields(marked, "T", "description")).toEqual(["c"]);
    const defs = datasetSchema.$defs as unknown as Parameters<typeof nameFormFields>[0];
    expect(nameFormFields(defs, "Person")).toEqual(["nameForms"]);
    expect(nameFormFields(defs, "Person", "description")).toEqual(["roles", "descriptions"]);
    expect(nameFormFields(defs, "Quote")).toEqual([]);
    expect(nameFormsOf({ b: ["X", 3, "", "Y"] }, ["b"])).toEqual(["X", "Y"]);
    // A description counts only while some evidence states it.
    const stated = { c: [{ asStated: "the envoy", evidence: [{}] }, { asStated: "the guest", evidence: [] }, "loose"] };
    expect(descriptionsOf(stated, ["c"])).toEqual(["the envoy"]);
    expect(descriptionsOf({ evidence: [{}], c: [{ asStated: "the host" }] }, ["c"])).toEqual(["the host"]);
  });

  it("are marked in schema/ only as true (an array of strings) or \"description\" (items with asStated), so no mark is silently ignored", () => {
    const resolve = (node: any): any => (node?.$ref ? resolve((datasetSchema.$defs as any)[node.$ref.split("/").pop()]) : node);
    let marks = 0;
    for (const def of Object.values(datasetSchema.$defs as Record<string, any>)) {
      for (const [key, property] of Object.entries((def.properties ?? {}) as Record<string, any>)) {
        const mark = property["x-names"];
        if (mark === undefined) continue;
        marks++;
        expect([true, "description"], key).toContain(mark);
        expect(property.type, key).toBe("array");
        const items = resolve(property.items);
        if (mark === true) expect(resolve(items).type ?? resolve(items).allOf?.[0]?.type, key).toBe("string");
        else expect(Object.keys(items.properties ?? {}), key).toContain("asStated");
      }
    }
    expect(marks).toBeGreaterThan(0);
  });
});

describe("suggest on the fixture dataset, an article taken as new", () => {
  // lantern-report's own evidence removed, as if it had just been added; descriptions given to records as if
  // velo-wire stated them.
  const dataset = readDataset(fixtureDir);
  const records = structuredClone(dataset.records) as unknown as Record<string, Record<string, any>[]>;
  for (const list of Object.values(records)) for (const record of list) walkObjects(record, (node) => {
    if (Array.isArray(node.evidence)) node.evidence = (node.evidence as { article: string }[]).filter((e) => e.article !== "lantern-report");
  });
  const byId = (collection: string, id: string) => records[collection]!.find((r) => r.id === id)!;
  const stated = (asStated: string) => ({ asStated, evidence: [{ article: "velo-wire", quote: "Norland" }] });
  byId("people", "lena-ostrova").roles = [{ ...stated("Foreign Minister"), status: "current" }];
  byId("people", "piet-halden").descriptions = [stated("the minister of health"), stated("the signing")];
  byId("people", "anna-berg").descriptions = [stated("trade agreement"), stated("Anna Berg")];
  byId("people", "tomas-ruiz").descriptions = [stated("trade agreement")];
  byId("events", "norland-sudavia-signing").nameForms = ["Trade Pact"];
  const text = dataset.seeds.get("lantern-report")!.text;
  const { proposals } = suggest({ ...dataset, records: records as unknown as typeof dataset.records }, "lantern-report");
  const of = (id: string) => proposals.filter((p) => p.id === id);

  it("finds a record by a description the data gives it alone, and says so; never by a shared or one-word one", () => {
    expect(of("lena-ostrova").map((p) => [p.words, p.describedAs, p.newNameForms])).toEqual([[["Lena Ostrova"], ["Foreign Minister"], []]]);
    expect(of("piet-halden").map((p) => [p.describedAs, p.evidence.quote])).toEqual([
      [[], "Ruiz has led Sudavia since 2018, succeeding Piet Halden, president from 2010 to 2018."],
      [["the minister of health"], "Foreign Minister Lena Ostrova of Norland and the minister of health came with her."],
    ]);
    expect(proposals.flatMap((p) => p.describedAs)).not.toContain("trade agreement");
    expect(proposals.flatMap((p) => p.describedAs)).not.toContain("the signing");
    expect(proposals.flatMap((p) => p.describedAs)).not.toContain("Anna Berg"); // a name form of hers: found as a name
  });

  it("finds a record where the text refers back to it by its name's head noun, outside non-content spans, and makes no name form of it", () => {
    expect(of("norland-sudavia-signing").map((p) => [p.words, p.refersBack, p.newNameForms, p.evidence.quote])).toEqual([
      [["Trade Pact"], [], [], "Berg Signs Trade Pact in Velo"],
      [[], [{ words: "The pact", to: "Trade Pact" }], [], "The pact covers 4\u00a0million tonnes of grain a year."],
      [[], [{ words: "the pact", to: "Trade Pact" }], [], "Norland wants the pact to open Sudavian ports to its grain."],
    ]); // not "this pact" of the reader comment
  });

  it("quotes a caption only inside it, marked as a caption's, and never a non-content span", () => {
    const caption = "Berg and Ruiz after the signing (photo: Sudavia Presidency)";
    const fromCaption = proposals.filter((p) => p.evidence.from === "caption");
    expect(fromCaption.map((p) => p.id).sort()).toEqual(["anna-berg", "sudavia", "sudavia-presidency", "tomas-ruiz"]);
    for (const p of fromCaption) expect(p.evidence.quote).toBe(caption);
    for (const p of proposals.filter((p) => p.evidence.from !== "caption")) expect(p.evidence.quote).not.toContain("photo:");
    const follow = text.indexOf("Follow the Daily Lantern on Pinboard");
    for (const p of proposals) {
      const at = text.indexOf(p.evidence.quote);
      expect(at + p.evidence.quote.length <= follow || at >= follow + "Follow the Daily Lantern on Pinboard".length, p.evidence.quote).toBe(true);
    }
    expect(of("daily-lantern").length).toBeGreaterThan(0); // named in running text too ("VELO (Daily Lantern)")
  });
});
