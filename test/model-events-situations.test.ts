// Quantities, plans, situations and groups, read through the accessors. Expectations come from the data
// or are properties every record must have, so a new article adds cases without breaking any.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectionNames, collections } from "../src/shared/collections.js";
import * as api from "../src/index.js";
import {
  agreements,
  disagreements,
  events,
  eventsOfGroup,
  getEvent,
  getGroup,
  getPerson,
  getPlace,
  getSituation,
  groups,
  groupsOf,
  people,
  places,
  situations,
  situationsOf,
  timeline,
  type Evidence,
  type StatedQuantity,
} from "../src/index.js";
import { datasetSchema } from "../src/generated/schema/dataset-schema.js";
import { perSourceFields, type PerSourceSchemaNode } from "../src/shared/per-source.js";
import { readAllowlist, uncoveredNames } from "../scripts/coverage.js";
import { repoRoot } from "./helpers/data-copy.js";

/** Every stated quantity in the dataset: situations' durations and agreements' quantities. */
const quantities: { where: string; q: StatedQuantity }[] = [
  ...situations.flatMap((s) => (s.statedDuration ?? []).map((q) => ({ where: `situations/${s.id}`, q }))),
  ...agreements.flatMap((a) => (a.quantities ?? []).map((q) => ({ where: `agreements/${a.id}`, q }))),
];

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60 };

/** The number a phrase states, in digits or words, and whether it counts decades. */
function statedNumber(text: string): { n: number; decades: boolean } | undefined {
  const digits = text.match(/\d+(?:\.\d+)?/);
  const word = text.toLowerCase().match(new RegExp(`\\b(${Object.keys(WORDS).join("|")})\\b`));
  const n = digits ? Number(digits[0]) : word ? WORDS[word[1]!] : undefined;
  return n === undefined ? undefined : { n, decades: /\bdecades?\b/i.test(text) };
}

const QUALIFIER_WORDS: Record<string, RegExp> = {
  "more-than": /\b(more than|over)\b/i,
  "less-than": /\b(less than|under)\b/i,
  "at-least": /\bat least\b/i,
  "at-most": /\b(at most|up to)\b/i,
  about: /\b(about|around|nearly|some|almost|roughly)\b/i,
};

/** The articles an entry is stated by: its own evidence, or the record's quotes that contain its words. */
const articlesOf = (entry: { asStated?: string; evidence?: Evidence[] }, enclosing: Evidence[]) =>
  (entry.evidence ?? enclosing.filter((e) => entry.asStated !== undefined && e.quote.includes(entry.asStated))).map((e) => e.article);

describe("qualified quantities and durations", () => {
  it("hold the texts' spans and amounts: six decades, 44 years, more than 60 years, 1.64 tonnes a year", () => {
    expect(quantities.length).toBeGreaterThanOrEqual(4);
    const byWords = (words: string) => quantities.find(({ q }) => q.asStated.includes(words))?.q;
    expect(byWords("six decades")).toMatchObject({ value: 60, unit: "year", qualifier: "exact" });
    expect(byWords("44-year")).toMatchObject({ value: 44, unit: "year", qualifier: "exact" });
    expect(byWords("more than 60 years")).toMatchObject({ value: 60, unit: "year", qualifier: "more-than" });
    expect(byWords("1.64 tonnes")).toMatchObject({ value: 1.64, unit: "tonne", qualifier: "exact", per: "year" });
  });

  it("normalize the number the words state (decades to years) and keep its qualifier and period", () => {
    for (const { where, q } of quantities) {
      const stated = statedNumber(q.asStated);
      expect(stated, `${where}: "${q.asStated}" states no number`).toBeDefined();
      expect(q.value, `${where}: "${q.asStated}"`).toBe(stated!.decades ? stated!.n * 10 : stated!.n);
      if (stated!.decades) expect(q.unit, where).toBe("year");
      // The qualifier is the one the words give; `exact` means the words give none.
      for (const [qualifier, words] of Object.entries(QUALIFIER_WORDS)) expect(words.test(q.asStated), `${where}: "${q.asStated}" vs ${q.qualifier}`).toBe(q.qualifier === qualifier);
      expect(/\b(annually|a year|per year|each year|yearly)\b/i.test(q.asStated), `${where}: per`).toBe(q.per === "year");
      expect((q.evidence ?? []).length, `${where}: evidence`).toBeGreaterThan(0);
    }
  });
});

describe("plans", () => {
  it("hold Díaz-Canel's trip to Tehran as planned, once postponed, with a date bound and how it was derived", () => {
    const visit = getEvent("diaz-canel-visit-to-tehran");
    expect(new Set((visit.status ?? []).map((s) => s.value))).toEqual(new Set(["planned"]));
    expect((visit.statusHistory ?? []).map((s) => s.value)).toContain("postponed");
    const bound = (visit.dateBounds ?? []).find((b) => b.bound === "no-later-than")!;
    expect(bound.asStated).toContain("which ends on March 20");
    expect(bound.value.endsWith("-03-20")).toBe(true);
    expect(bound.note).toBeTruthy();
    expect(visit.date ?? []).toEqual([]);
  });

  it("give every derived date bound a note, and a planned-only event no date of its happening", () => {
    for (const event of events) {
      for (const bound of event.dateBounds ?? []) if (bound.derivation !== "stated") expect(bound.note, `${event.id} ${bound.asStated}`).toBeTruthy();
      const statuses = new Set((event.status ?? []).map((s) => s.value));
      if (statuses.size === 1 && statuses.has("planned")) expect(event.date ?? [], event.id).toEqual([]);
    }
  });

  it("put undated events on the timeline with their bounds", () => {
    for (const entry of timeline()) {
      if (entry.date !== undefined) continue;
      for (const bound of entry.event.dateBounds ?? []) expect(entry.undated, entry.event.id).toContain(bound.value);
    }
  });

  it("mark the held events as held, each status in the words of a source", () => {
    const held = events.filter((e) => (e.status ?? []).some((s) => s.value === "held"));
    expect(held.length).toBeGreaterThan(5);
    for (const e of held) for (const s of e.status ?? []) expect(articlesOf(s, e.evidence).length, `${e.id} "${s.asStated}"`).toBeGreaterThan(0);
  });
});

describe("the tour's end", () => {
  it("has Raisi's return end the tour, after the departure from Havana, with the Mehrabad remarks part of it", () => {
    const ends = events.filter((e) => e.endOf !== undefined);
    expect(ends.length).toBeGreaterThan(0);
    for (const end of ends) {
      // Whatever date or lower bound an ending carries is no earlier than the start of what it ends.
      const start = (getEvent(end.endOf!).date ?? []).map((d) => d.value).sort()[0];
      for (const d of [...(end.date ?? []), ...(end.dateBounds ?? [])]) if (start) expect(d.value >= start, `${end.id} ${d.value}`).toBe(true);
    }
    const ret = ends.find((e) => e.endOf === "raisi-latin-america-tour-2023" && e.kind === "arrival")!;
    const departure = (getEvent("raisi-departure-from-havana").date ?? []).map((d) => d.value).sort().at(-1)!;
    expect(ret.dateBounds?.find((b) => b.bound === "no-earlier-than")?.value).toBe(departure);
    expect(getEvent("raisi-mehrabad-press-remarks").partOfEvent).toBe(ret.id);
  });
});

describe("situations", () => {
  it("name the long-running situations the texts name, each with parties that resolve", () => {
    expect(situations.length).toBeGreaterThan(0);
    for (const s of situations) {
      expect(s.evidence.length, s.id).toBeGreaterThan(0);
      for (const p of s.parties ?? []) expect(getPlace(p.place).id).toBe(p.place);
    }
    const cuba = situationsOf(getPlace("cuba"));
    expect(cuba.some(({ situation, parties }) => situation.kind === "embargo" && parties.some((p) => p.role === "targeted"))).toBe(true);
    const listing = situationsOf(getPlace("iran")).find(({ situation }) => situation.kind === "designation");
    expect(listing).toBeDefined();
    expect(situationsOf(getPlace("cuba")).map(({ situation }) => situation.id)).toContain(listing!.situation.id);
    expect(getSituation("coronavirus-pandemic").nameForms).toContain("Coronavirus pandemic");
  });

  it("read a place standing for a government (Washington, Tehran) as an interpretation, with a note", () => {
    const formsOf = new Map<string, readonly string[]>(places.map((p) => [p.id, p.nameForms]));
    const names = (text: string, id: string) => (formsOf.get(id) ?? []).some((f) => new RegExp(`(^|[^\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(text));
    let checked = 0;
    for (const s of situations) {
      for (const p of s.parties ?? []) {
        if (names(p.asStated, p.place)) continue;
        // The words name another place, or none: the party is a reading of them.
        if (places.some((other) => other.id !== p.place && names(p.asStated, other.id))) {
          checked++;
          expect(p.certainty, `${s.id} "${p.asStated}"`).toBe("interpretation");
          expect(p.note, `${s.id} "${p.asStated}"`).toBeTruthy();
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("leave no named situation to the coverage allowlist: Coronavirus is a name form, and coverage is clean", () => {
    const allowlist = readAllowlist();
    const capitalized = situations.flatMap((s) => s.nameForms ?? []).flatMap((f) => f.split(/\s+/)).filter((w) => /^\p{Lu}/u.test(w));
    expect(capitalized).toContain("Coronavirus");
    for (const word of capitalized) expect(allowlist.has(word), word).toBe(false);
    expect(uncoveredNames(allowlist).uncovered).toEqual([]);
  });
});

describe("groups", () => {
  it("link members to people only where named or identified, and keep unnamed members by role", () => {
    const forms = people.map((p) => ({ id: p.id, forms: p.nameForms }));
    for (const g of groups) {
      for (const m of g.members ?? []) {
        const quotes = (m.evidence ?? g.evidence).map((e) => e.quote).join("\n");
        if (m.person === undefined) {
          // Never a name the words give but the record leaves out.
          for (const { id, forms: fs } of forms) expect(fs.some((f) => f.length > 3 && m.asStated.includes(f)), `${g.id}: "${m.asStated}" names ${id}`).toBe(false);
          continue;
        }
        if (m.person && m.certainty === "stated") expect(getPerson(m.person).nameForms.some((f) => quotes.includes(f)), `${g.id} ${m.person}`).toBe(true);
        if (m.certainty !== "stated") expect(m.note, `${g.id} ${m.person ?? m.role}`).toBeTruthy();
      }
    }
  });

  it("hold the high-ranking team: Raisi at its head, the foreign minister by identification, defence and health by role", () => {
    const [team] = groupsOf(getPerson("ebrahim-raisi")).filter(({ memberships }) => memberships.some((m) => m.role === "head" && m.certainty === "stated"));
    expect(team).toBeDefined();
    const roles = (team!.group.members ?? []).filter((m) => !m.person).map((m) => m.role);
    expect(roles).toEqual(expect.arrayContaining(["minister of defense", "minister of health"]));
    const minister = groupsOf(getPerson("hossein-amir-abdollahian")).find(({ group }) => group.id === team!.group.id);
    expect(minister?.memberships[0]?.certainty).toBe("interpretation");
  });

  it("are referenced by events as participants, and every group reference resolves", () => {
    for (const e of events) for (const p of e.participants ?? []) if (p.group) expect(getGroup(p.group).id).toBe(p.group);
    const talks = groups.filter((g) => eventsOfGroup(g).some((e) => e.id === "iran-cuba-official-talks"));
    expect(talks.map((g) => (g.representing ?? []).map((r) => r.place)).flat()).toEqual(expect.arrayContaining(["iran", "cuba"]));
  });
});

describe("disagreements on events", () => {
  const defs = datasetSchema.$defs as unknown as Record<string, PerSourceSchemaNode>;
  const marked = perSourceFields(defs, "Event").map((f) => f.steps.join("/"));

  it("compare an event's date, places and status per source", () => {
    expect(marked).toEqual(expect.arrayContaining(["date", "places", "status"]));
  });
});
