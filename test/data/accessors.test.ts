// The typed accessors agree with the raw files of data/ (whatever they hold), and the helpers that take
// their records as arguments behave as documented on the fixture dataset's records.
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { fixtureDir, repoRoot } from "../helpers/data-copy.js";
import { readDataset } from "../../src/dataset/read.js";
import { collectionNames, collections } from "../../src/shared/collections.js";
import { outletOf, timelineOf } from "../../src/relations.js";
import type { Article, Event, Organization } from "../../src/generated/schema/types.js";
import * as api from "../../src/index.js";
import {
  agreements,
  agreementsNaming,
  articles,
  articlesSupporting,
  contentsOf,
  events,
  eventsOf,
  evidenceOf,
  findPerson,
  getArticle,
  getPerson,
  membersOf,
  people,
  peopleInAgreement,
  quotes,
  quotesBy,
  signingOf,
  speakersOf,
  timeline,
  variantsOf,
  type AnyRecord,
  type PersonId,
} from "../../src/index.js";

const raw = readDataset(join(repoRoot, "data"), repoRoot);
/** A shipped record as it is in its file: the build adds each evidence item's position in its seed. */
const asInFile = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v) => (key === "position" ? undefined : v)));
const accessor = api as unknown as Record<string, unknown>;
const all: AnyRecord[] = collectionNames.flatMap((c) => accessor[c] as AnyRecord[]);

describe("collections", () => {
  it("hold every record of data/ as its file has it, in id order, read-only, with get, find and the id list", () => {
    for (const c of collectionNames) {
      const { title, singular } = collections[c];
      const records = accessor[c] as { id: string }[];
      expect(asInFile(records), c).toEqual(raw.records[c]);
      expect(Object.isFrozen(records)).toBe(true);
      expect(accessor[`${singular}Ids`]).toEqual(records.map((r) => r.id));
      const get = accessor[`get${title}`] as (id: string) => unknown;
      const find = accessor[`find${title}`] as (id: string) => unknown;
      for (const record of records) {
        expect(get(record.id)).toBe(record);
        expect(find(record.id)).toBe(record);
      }
    }
  });

  it("place every evidence quote at its position in the article's seed", () => {
    for (const record of all) {
      for (const { evidence } of evidenceOf(record)) {
        const { start, end } = (evidence as { position?: { start: number; end: number } }).position!;
        expect(raw.seeds.get(evidence.article)!.text.slice(start, end)).toBe(evidence.quote);
      }
    }
  });
});

describe("lookups", () => {
  it("reject an id that is no record's, at compile time and at run time with a RangeError", () => {
    expectTypeOf(getPerson).parameter(0).toEqualTypeOf<PersonId>();
    // @ts-expect-error — not a kebab-case id, so never a PersonId: tsc fails if this line compiles.
    expect(() => getPerson("Not A Person")).toThrow(RangeError);
    expect(() => getPerson("Not A Person" as PersonId)).toThrow('there is no person with id "Not A Person"');
    expect(findPerson("Not A Person")).toBeUndefined();
  });
});

describe("following references agrees with the records", () => {
  it("articlesSupporting lists the articles a record's stating evidence cites, each once, in id order; evidenceOf points at each item", () => {
    for (const record of all) {
      const items = evidenceOf(record);
      expect(articlesSupporting(record).map((a) => a.id)).toEqual([...new Set(items.filter((i) => !i.evidence.resolves).map((i) => i.evidence.article))].sort());
      for (const { evidence, pointer } of items) {
        const found = pointer.split("/").slice(1).reduce<unknown>((node, step) => (node as Record<string, unknown>)[step], record);
        expect(found, `${record.id} ${pointer}`).toBe(evidence);
      }
    }
  });

  it("articlesSupporting does not count an article whose evidence only resolves a value", () => {
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

  it("agreements: members of a set, the people an agreement names both ways, one signing account per source", () => {
    for (const agreement of agreements) {
      expect(membersOf(agreement).map((a) => a.id)).toEqual(agreements.filter((a) => a.partOfAgreement === agreement.id).map((a) => a.id));
      const named = [...(agreement.signing ?? []).flatMap((s) => s.participants.flatMap((p) => (p.person ? [p.person] : []))), ...(agreement.people ?? []).map((p) => p.person)];
      expect(new Set(peopleInAgreement(agreement).map((p) => p.id))).toEqual(new Set(named));
      for (const id of named) expect(agreementsNaming(getPerson(id)).map((a) => a.id)).toContain(agreement.id);
      const accounts = signingOf(agreement);
      expect(accounts.map((a) => a.article.id)).toEqual((agreement.signing ?? []).map((s) => s.evidence.find((e) => !e.resolves)!.article));
      accounts.forEach((account, i) => expect([...account.signatories, ...account.present]).toHaveLength(agreement.signing![i]!.participants.length));
    }
  });

  it("quotes: listed under each of their speakers, each variant beside the article that reports it", () => {
    for (const quote of quotes) {
      expect(speakersOf(quote).map((p) => p.id)).toEqual(quote.speakers);
      for (const speaker of speakersOf(quote)) expect(quotesBy(speaker)).toContain(quote);
      expect(variantsOf(quote).map((r) => r.article)).toEqual(quote.variants.map((v) => getArticle(v.evidence.find((e) => !e.resolves)!.article)));
    }
    for (const person of people) expect(quotesBy(person).every((q) => q.speakers.includes(person.id))).toBe(true);
  });

  it("events: what belongs to each, who took part, and the timeline holding each once", () => {
    for (const event of events) {
      const contents = contentsOf(event);
      expect(contents.events.map((e) => e.id)).toEqual(events.filter((e) => e.partOfEvent === event.id).map((e) => e.id));
      expect(contents.agreements.map((a) => a.id)).toEqual(agreements.filter((a) => a.event === event.id).map((a) => a.id));
      expect(contents.quotes.map((q) => q.id)).toEqual(quotes.filter((q) => q.event === event.id).map((q) => q.id));
    }
    for (const person of people) expect(eventsOf(person).map((e) => e.id)).toEqual(events.filter((e) => (e.participants ?? []).some((p) => p.person === person.id)).map((e) => e.id));
    expect(timeline().map((t) => t.event.id).sort()).toEqual(events.map((e) => e.id).sort());
  });
});

describe("helpers that take their records as arguments, on the fixture dataset", () => {
  const fixture = readDataset(fixtureDir, fixtureDir).records;

  it("timelineOf orders events by the days their dates cover, and puts undated ones last with the bounds the texts give", () => {
    expect(timelineOf(fixture.events as unknown as Event[]).map((t) => [t.event.id, t.date ?? t.undated])).toEqual([
      ["berg-visit-to-sudavia", "2024-05-01"],
      ["norland-sudavia-signing", "2024-05-02"],
      ["berg-return-to-port-amber", "2024-05-03"],
      ["ruiz-visit-to-norland", 'no text dates it; no later than 2024-12-31 ("by the end of the year, which ends on December 31")'],
    ]);
  });

  it("outletOf names the organization an article gives as its publisher, and none for an article that names none", () => {
    const organizations = new Map<string, Organization>((fixture.organizations as unknown as Organization[]).map((o) => [o.id, o]));
    const [lantern, wire] = fixture.articles as unknown as Article[];
    expect(outletOf(lantern!, (id) => organizations.get(id))?.id).toBe("daily-lantern");
    expect(outletOf(wire!, (id) => organizations.get(id))).toBeUndefined();
  });
});
