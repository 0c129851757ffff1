// The typed accessors, read against the real records.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { repoRoot } from "./helpers/data-copy.js";
import {
  agreements,
  agreementsNaming,
  articles,
  articlesSupporting,
  evidenceOf,
  findPerson,
  getAgreement,
  getArticle,
  getOrganization,
  getPerson,
  getPlace,
  membersOf,
  organizations,
  people,
  places,
  peopleInAgreement,
  personIds,
  type Person,
  type PersonId,
} from "../src/index.js";

describe("collections", () => {
  it("hold every record, sorted by id, read-only", () => {
    for (const collection of [articles, people, organizations, agreements, places]) {
      expect(collection.length).toBeGreaterThan(0);
      const ids = collection.map((r) => r.id);
      expect(ids).toEqual([...ids].sort());
      expect(Object.isFrozen(collection)).toBe(true);
    }
    // One record per file, whatever the dataset holds.
    expect(articles).toHaveLength(readdirSync(join(repoRoot, "data/articles")).length);
    expect(people).toHaveLength(readdirSync(join(repoRoot, "data/people")).length);
    expect([...personIds]).toEqual(people.map((p) => p.id));
  });
});

describe("lookups", () => {
  it("get a record by typed id", () => {
    const raisi = getPerson("ebrahim-raisi");
    expect(raisi.nameForms).toContain("Ayatollah Seyed Ebrahim Raisi");
    expect(getArticle("raisi-cuba-cooperation-hope-for-independent-nations").seed).toBe("002_d9d1b65b4324aa6d.txt");
    expect(getOrganization("mehr-news-agency").kind).toBe("news-agency");
    expect(getAgreement("iran-cuba-havana-agreements-2023").kind).toBe("set");
    expectTypeOf(getPerson).parameter(0).toEqualTypeOf<PersonId>();
  });

  it("reject a misspelled id at compile time, and at run time with a RangeError", () => {
    // @ts-expect-error — "ebrahim-raisy" is not a PersonId: tsc fails if this line compiles.
    expect(() => getPerson("ebrahim-raisy")).toThrow(RangeError);
    expect(() => getPerson("ebrahim-raisy" as PersonId)).toThrow('there is no person with id "ebrahim-raisy"');
    expect(findPerson("ebrahim-raisy")).toBeUndefined();
    expect(findPerson("raul-castro")?.name).toBe("Raúl Castro");
  });
});

describe("places", () => {
  it("keep every written form, typos included, beside the normalized name and ISO code", () => {
    const havana = getPlace("havana");
    expect(havana.nameForms).toEqual(expect.arrayContaining(["Havana", "Havanna"]));
    expect(getPlace(havana.parentPlace!).country).toBe("CU");
    expect(places.filter((p) => p.kind === "country").every((p) => /^[A-Z]{2}$/.test(p.country ?? ""))).toBe(true);
  });
});

describe("following references", () => {
  it("keeps both stated ages of Raúl Castro, each with the outlet that states it", () => {
    const ages = getPerson("raul-castro").statedAge ?? [];
    const byValue = Object.fromEntries(ages.map((a) => [a.value, a.evidence?.map((e) => e.article)]));
    // A new article may add its own version; these two stay, each with its outlet.
    expect(byValue[92]).toContain("raisi-cuba-cooperation-hope-for-independent-nations");
    expect(byValue[91]).toContain("raisi-vows-to-confront-us-in-havanna");
    expect(byValue[91]).not.toContain("raisi-cuba-cooperation-hope-for-independent-nations");
  });

  it("lists the articles that support a record", () => {
    const raul = getPerson("raul-castro");
    const ids = articlesSupporting(raul).map((a) => a.id);
    // Exactly the articles its stating evidence cites, each once, sorted: derived from the record, not listed here.
    const cited = [...new Set(evidenceOf(raul).filter((i) => !i.evidence.resolves).map((i) => i.evidence.article))].sort();
    expect(ids).toEqual(cited);
    expect(ids).toEqual(expect.arrayContaining(["raisi-cuba-cooperation-hope-for-independent-nations", "raisi-imperialist-powers-upset", "raisi-meets-castro-in-havana", "raisi-vows-to-confront-us-in-havanna"]));
  });

  it("does not count an article whose evidence only resolves a value", () => {
    const [stating, resolving] = articles.map((a) => a.id);
    const record = {
      id: "fixture",
      date: [{ value: "2031-06-14", asStated: "Saturday", derivation: "weekday", evidence: [{ article: stating, quote: "Saturday" }, { article: resolving, quote: "2031", resolves: true }] }],
      evidence: [{ article: stating, quote: "Saturday" }],
    };
    expect(articlesSupporting(record as never).map((a) => a.id)).toEqual([stating]);
    record.date[0]!.evidence[1]!.resolves = undefined as never;
    expect(articlesSupporting(record as never).map((a) => a.id)).toEqual([stating, resolving].sort());
  });

  it("flattens every evidence item with the pointer of what it supports", () => {
    const items = evidenceOf(getPerson("raul-castro"));
    expect(items.length).toBeGreaterThan(5);
    expect(items.some((i) => i.pointer.startsWith("/statedAge/"))).toBe(true);
    for (const { evidence } of items) expect(typeof evidence.quote).toBe("string");
  });

  it("follows an agreement set to its members and people", () => {
    const set = getAgreement("iran-cuba-havana-agreements-2023");
    const members = membersOf(set).map((m) => m.id);
    // Every agreement that says it is part of the set, and nothing else.
    expect(members.sort()).toEqual(agreements.filter((a) => a.partOfAgreement === set.id).map((a) => a.id).sort());
    expect(members).toEqual(expect.arrayContaining(["iran-cuba-customs-agreement", "iran-cuba-political-cooperation-agreement"]));
    const names = peopleInAgreement(set).map((p: Person) => p.id);
    expect(names).toEqual(expect.arrayContaining(["ebrahim-raisi", "miguel-diaz-canel"]));
    expect(agreementsNaming(getPerson("miguel-diaz-canel")).map((a) => a.id)).toContain(set.id);
  });
});
