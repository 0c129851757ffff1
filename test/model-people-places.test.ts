// What the texts say about people, places and articles, held in fields rather than notes: periods of
// roles and successions, a person's standing per source (compared by disagreements()), photo captions
// with their credits, post authors as references, and metonymy as a reading. Expectations come from the
// data, or are properties any valid dataset keeps, so adding an article never breaks them.
import { describe, expect, it } from "vitest";
import {
  agreements,
  articles,
  disagreements,
  events,
  evidenceOf,
  findOrganization,
  findPerson,
  getArticle,
  getPerson,
  getPlace,
  groups,
  organizations,
  people,
  places,
  quotes,
  situations,
  type Evidence,
  type StatedPeriod,
} from "../src/index.js";
import { datasetSchema } from "../src/generated/schema/dataset-schema.js";
import { perSourceFields, type PerSourceSchemaNode } from "../src/shared/per-source.js";

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const years = (date: string | undefined) => date?.slice(0, 4);

/** Every period on a person (roles and relations), with the evidence that covers it. */
const periods = people.flatMap((person) =>
  [...(person.roles ?? []), ...(person.relations ?? [])].flatMap((entry) =>
    entry.period ? [{ person, period: entry.period as StatedPeriod, evidence: (entry.period.evidence ?? entry.evidence ?? person.evidence) as Evidence[] }] : [],
  ),
);

describe("periods of roles and relations", () => {
  it("are held by real records", () => expect(periods.length).toBeGreaterThan(0));

  it("quote their words, in order, with bounds read from the words when stated", () => {
    for (const { person, period, evidence } of periods) {
      expect(evidence.some((e) => e.quote.includes(period.asStated)), `${person.id}: ${period.asStated}`).toBe(true);
      if (period.start && period.end) expect(period.start <= period.end, `${person.id}: ${period.asStated}`).toBe(true);
      if (period.derivation === "stated") {
        for (const bound of [period.start, period.end]) if (bound) expect(period.asStated, person.id).toContain(years(bound));
      } else {
        expect(period.note, `${person.id}: a derived period says how`).toBeTruthy();
      }
    }
  });

  it("give Raúl Castro's two terms from seed 002 as fields, no longer as notes", () => {
    const raul = getPerson("raul-castro");
    const terms = (raul.roles ?? []).filter((r) => r.period).map((r) => [r.asStated, r.period!.start, r.period!.end]);
    expect(terms).toEqual(
      expect.arrayContaining([
        ["president of Cuba", "2008", "2018"],
        ["first secretary of the Communist Party of Cuba", "2011", "2021"],
      ]),
    );
    for (const role of raul.roles ?? []) if (role.period) expect(role.note ?? "").not.toContain(role.period.asStated);
  });

  it("record a succession on both sides, with the same words, period and certainty", () => {
    const successions = people.flatMap((p) => (p.relations ?? []).filter((r) => r.kind === "predecessor").map((r) => ({ successor: p, relation: r })));
    expect(successions.length).toBeGreaterThan(0);
    for (const { successor, relation } of successions) {
      const mirror = (getPerson(relation.person).relations ?? []).find((r) => r.kind === "successor" && r.person === successor.id && r.asStated === relation.asStated);
      expect(mirror, `${relation.person} names ${successor.id} as successor`).toBeDefined();
      expect([mirror!.period, mirror!.certainty]).toEqual([relation.period, relation.certainty]);
      if (relation.certainty && relation.certainty !== "stated") expect(relation.note, successor.id).toBeTruthy();
    }
    expect(successions.map(({ successor, relation }) => [successor.id, relation.person])).toContainEqual(["raul-castro", "fidel-castro"]);
  });
});

describe("a person's standing per source", () => {
  const defs = datasetSchema.$defs as unknown as Record<string, PerSourceSchemaNode>;
  const marked = perSourceFields(defs, "Person").map((f) => f.steps.join("/"));

  it("marks each single-valued per-source fact of a person in the schema", () => {
    expect(marked).toEqual(expect.arrayContaining(["statedAge", "statedStatus"]));
  });

  it("lists, for every person whose sources differ on age or status, the disagreement with each side's articles", () => {
    let compared = 0;
    for (const person of people) {
      for (const field of ["statedAge", "statedStatus"] as const) {
        const entries = (person[field] ?? []) as { value: unknown; evidence?: Evidence[] }[];
        const byValue = new Map<unknown, Set<string>>();
        for (const e of entries) for (const { article } of e.evidence ?? []) byValue.set(e.value, (byValue.get(e.value) ?? new Set()).add(article));
        const allArticles = new Set([...byValue.values()].flatMap((s) => [...s]));
        const listed = disagreements().find((d) => d.id === person.id && d.field === field);
        if (byValue.size < 2 || allArticles.size < 2) continue;
        compared++;
        expect(listed, `${person.id} ${field}`).toBeDefined();
        for (const [value, articleIds] of byValue) {
          expect(listed!.versions.find((v) => v.value === value)?.articles.sort(), `${person.id} ${field} ${String(value)}`).toEqual([...articleIds].sort());
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("lists Raúl Castro's age and his retired/active status, each side with its article", () => {
    const raul = getPerson("raul-castro");
    for (const field of ["statedAge", "statedStatus"] as const) {
      const listed = disagreements().find((d) => d.id === "raul-castro" && d.field === field);
      expect(listed, field).toBeDefined();
      const sides = listed!.versions.map((v) => v.articles);
      for (const entry of raul[field] ?? []) {
        const version = listed!.versions.find((v) => v.value === entry.value)!;
        expect(version.asStated).toContain(entry.asStated);
        for (const { article } of entry.evidence ?? []) expect(version.articles).toContain(article);
      }
      expect(new Set(sides.flat()).size, field).toBeGreaterThanOrEqual(2);
    }
    expect((raul.statedStatus ?? []).map((s) => s.value)).toEqual(expect.arrayContaining(["retired", "active"]));
  });
});

describe("captions and credits", () => {
  const captioned = articles.filter((a) => (a.captions ?? []).length > 0);

  it("are recorded by the articles that have photo captions", () => expect(captioned.length).toBeGreaterThan(0));

  it("quote each caption whole, with its credit inside it and linked to the record credited", () => {
    for (const article of captioned) {
      for (const caption of article.captions ?? []) {
        expect(caption.evidence.some((e) => e.article === article.id && e.quote.includes(caption.asStated) && e.from === "caption"), article.id).toBe(true);
        for (const credit of caption.credits ?? []) {
          expect(caption.asStated).toContain(credit.asStated);
          const credited = findOrganization(credit.organization);
          expect(credited, credit.asStated).toBeDefined();
          expect(credited!.nameForms.some((form) => credit.asStated.includes(form)), credit.asStated).toBe(true);
        }
      }
    }
  });

  it("mark as from a caption only evidence whose quote lies inside a caption of its article", () => {
    const records = [...articles, ...people, ...organizations, ...agreements, ...places, ...quotes, ...events, ...situations, ...groups];
    const all = records.flatMap((record) => evidenceOf(record).map(({ evidence }) => evidence));
    const fromCaptions = all.filter((e) => e.from === "caption");
    expect(fromCaptions.length).toBeGreaterThan(0);
    for (const e of fromCaptions) expect((getArticle(e.article).captions ?? []).some((c) => c.asStated.includes(e.quote)), e.quote).toBe(true);
  });
});

describe("post authors", () => {
  const posts = articles.flatMap((a) => (a.posts ?? []).map((post) => ({ article: a, post })));

  it("are references to a person or account record that the embed names", () => {
    expect(posts.length).toBeGreaterThan(0);
    for (const { article, post } of posts) {
      const author = post.author.person ? findPerson(post.author.person) : post.author.organization ? findOrganization(post.author.organization) : undefined;
      expect(author, `${article.id}: ${post.author.asStated}`).toBeDefined();
      const shown = [post.author.asStated, post.handle?.asStated ?? ""];
      expect(author!.nameForms.some((form) => shown.some((s) => s.includes(form))), `${article.id}: ${post.author.asStated}`).toBe(true);
    }
  });
});

describe("metonymy", () => {
  const readings = places.flatMap((place) => (place.standsFor ?? []).map((reading) => ({ place, reading })));

  it("is a reading with certainty and a note, its words a name form of the place and in its evidence", () => {
    expect(readings.length).toBeGreaterThan(0);
    for (const { place, reading } of readings) {
      expect(place.nameForms, place.id).toContain(reading.asStated);
      expect([...(reading.evidence ?? place.evidence)].some((e) => e.quote.includes(reading.asStated)), place.id).toBe(true);
      expect(reading.note.length, place.id).toBeGreaterThan(0);
    }
  });

  it("reads Washington as the United States, and gives it no kind the texts do not", () => {
    const washington = getPlace("washington");
    expect(washington.kind).toBe("unspecified");
    expect((washington.standsFor ?? []).map((r) => [r.country, r.certainty])).toContainEqual(["US", "interpretation"]);
  });
});

describe("names", () => {
  it("are never invented: every word of a person's name is in one of the name forms the texts use", () => {
    for (const person of people) {
      const words = new Set(person.nameForms.flatMap((form) => fold(form).split(/[\s,]+/)));
      for (const word of fold(person.name).split(/\s+/)) expect(words, `${person.id}: ${word}`).toContain(word);
    }
  });
});
