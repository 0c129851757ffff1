// Who said what, where, and how each outlet reported it: quotes, events and places through the accessors.
import { describe, expect, it } from "vitest";
import { agreements, contentsOf, events, eventsOf, getEvent, getPerson, getQuote, quotes, quotesBy, timeline, variantsOf } from "../src/index.js";

describe("quotes", () => {
  it("keep one statement worded four ways as one quote, with a variant per report", () => {
    const quote = getQuote("raisi-hope-and-despair");
    expect(quote.speakers).toEqual(["ebrahim-raisi"]);
    const reports = variantsOf(quote);
    expect(new Set(reports.map((r) => r.article.id)).size).toBeGreaterThanOrEqual(4);
    const words = reports.filter((r) => r.variant.speech === "direct").map((r) => r.variant.asStated);
    for (const ending of ["despair in imperialists", "despair in hegemons", "despair in hegemonic powers"]) expect(words.some((w) => w.includes(ending)), ending).toBe(true);
    expect(reports.some((r) => r.variant.speech === "indirect")).toBe(true);
    // Side by side with the outlet each article names, where it names one.
    expect(reports.find((r) => r.article.id === "raisi-cuba-cooperation-hope-for-independent-nations")?.outlet?.id).toBe("mehr-news-agency");
  });

  it("attribute every quote to an existing person, and list them by speaker", () => {
    for (const q of quotes) for (const id of q.speakers) expect(() => getPerson(id)).not.toThrow();
    const byDiazCanel = quotesBy(getPerson("miguel-diaz-canel"));
    expect(byDiazCanel.length).toBeGreaterThan(0);
    expect(byDiazCanel.every((q) => q.speakers.includes("miguel-diaz-canel"))).toBe(true);
    // Seed 000's "The three countries that you chose..." is Díaz-Canel's, not Raisi's.
    const threeCountries = quotes.filter((q) => q.variants.some((v) => v.asStated.includes("The three countries that you chose")));
    expect(threeCountries.length).toBeGreaterThan(0);
    expect(threeCountries.every((q) => q.speakers.join() === "miguel-diaz-canel")).toBe(true);
  });

  it("keep the language of Spanish and Persian quotations", () => {
    const languages = new Set(quotes.flatMap((q) => q.variants.map((v) => v.language)));
    expect(languages.has("en")).toBe(true);
    expect(languages.has("es")).toBe(true);
  });
});

describe("events", () => {
  it("order the timeline by date, undated events last with their reason", () => {
    const entries = timeline();
    expect(entries).toHaveLength(events.length);
    // By the days the dates cover (timeline.test.ts holds the rule on fixtures): spans end in order.
    const ends = entries.flatMap((e) => (e.span ? [e.span.end] : []));
    expect(ends).toEqual([...ends].sort());
    const dated = entries.filter((e) => e.date !== undefined).map((e) => e.date!);
    const firstUndated = entries.findIndex((e) => e.date === undefined);
    if (firstUndated !== -1) expect(entries.slice(firstUndated).every((e) => e.date === undefined && e.undated.length > 0)).toBe(true);
    expect(dated).toContain("2023-06-15");
  });

  it("hold the visit to Cuba with its talks, the signing and the agreements signed there", () => {
    const visit = getEvent("raisi-cuba-visit");
    expect(visit.partOfEvent).toBe("raisi-latin-america-tour-2023");
    const inside = contentsOf(visit).events.map((e) => e.id);
    expect(inside).toEqual(expect.arrayContaining(["iran-cuba-agreements-signing", "raisi-raul-castro-meeting"]));
    const signed = agreements.filter((a) => a.event === "iran-cuba-agreements-signing").map((a) => a.id);
    expect(signed).toContain("iran-cuba-havana-agreements-2023");
  });

  it("link people to the events they took part in", () => {
    expect(eventsOf(getPerson("raul-castro")).map((e) => e.id)).toContain("raisi-raul-castro-meeting");
    expect(eventsOf(getPerson("alberto-gonzalez")).map((e) => e.id)).toContain("cuban-ambassador-credentials-ceremony");
  });
});
