// review() and suggest() on the invented fixture dataset, in memory: what a change claims, and what a
// text's mentions propose.
import { describe, expect, it } from "vitest";
import { readDataset, type Dataset, type JsonRecord } from "../../src/dataset/read.js";
import { review } from "../../src/curate/review.js";
import { reviewReport } from "../../src/curate/review-report.js";
import { suggest } from "../../src/curate/suggest.js";
import { placeQuote } from "../../src/shared/locate.js";
import { allEvidence } from "../../src/shared/walk.js";
import { fixtureDir } from "../helpers/data-copy.js";

const fixture = () => readDataset(fixtureDir, fixtureDir);
const record = (d: Dataset, collection: keyof Dataset["records"], id: string) => d.records[collection].find((r) => r.id === id) as JsonRecord & Record<string, any>;

describe("review", () => {
  it("finds nothing between a dataset and itself", () => {
    expect(review("HEAD", fixture(), fixture())).toEqual({ ref: "HEAD", added: [], removed: [], renamed: [], values: [], readings: [], notes: [], differences: [], suggested: [] });
  });

  it("tells a renamed record (same content, new id) from added and removed ones, and lists rewritten notes and changed values", () => {
    const before = fixture();
    const after = fixture();
    const berg = record(after, "people", "anna-berg");
    after.records.people = after.records.people.map((r) => (r.id === "piet-halden" ? { ...r, id: "piet-halden-2" } : r));
    after.records.people = after.records.people.filter((r) => r.id !== "lena-ostrova");
    const group = record(after, "groups", "norland-delegation");
    group.members[0].note = "A rewritten note.";
    const age = berg.statedAge[0];
    age.value = age.value + 1;
    berg.nameForms.push("A. Berg");
    group.notes = [...(group.notes ?? []), "A new note."];
    const r = review("main", before, after);
    expect(r.renamed).toEqual([{ from: "people/piet-halden", to: "people/piet-halden-2" }]);
    expect(r.removed).toEqual(["people/lena-ostrova"]);
    expect(r.added).toEqual([]);
    expect(r.notes).toEqual([
      { record: "groups/norland-delegation", pointer: `/notes/${group.notes.length - 1}`, change: "added", note: "A new note." },
      { record: "groups/norland-delegation", pointer: "/members/0/note", change: "rewritten", note: "A rewritten note.", before: record(before, "groups", "norland-delegation").members[0].note },
    ]);
    // A record's plain fields are values too (a new name form), but notes only under notes.
    expect(r.values).toContainEqual({ record: "people/anna-berg", pointer: "/nameForms", change: "changed", value: { nameForms: berg.nameForms }, evidence: [] });
    expect(r.values.filter((v) => v.pointer === "/notes")).toEqual([]);
    expect(r.values).toContainEqual(expect.objectContaining({ record: "people/anna-berg", pointer: "/statedAge/0", change: "changed", words: age.asStated, value: expect.objectContaining({ value: age.value }) }));
    // The member whose note changed is a changed value too, and, being an interpretation, a reading.
    expect(r.readings.map((v) => `${v.record} ${v.pointer}`)).toContain("groups/norland-delegation /members/0");
  });

  it("lists a changed value nested in another as its own change, not its parent's too", () => {
    const after = fixture();
    record(after, "people", "piet-halden").roles[0].period.end = "2019";
    expect(review("main", fixture(), after).values.map((v) => `${v.record} ${v.pointer} ${v.change}`)).toEqual(["people/piet-halden /roles/0/period changed"]);
    record(after, "people", "piet-halden").roles[0].status = "current";
    expect(review("main", fixture(), after).values.map((v) => v.pointer)).toEqual(["/roles/0", "/roles/0/period"]);
  });

  it("lists a value removed, nested or not, with the words and quote it had; a value moved up a list is not removed", () => {
    const before = fixture();
    const after = fixture();
    const piet = record(after, "people", "piet-halden");
    const period = piet.roles[0].period;
    delete piet.roles[0].period;
    const berg = record(after, "people", "anna-berg");
    const [firstQuote] = berg.evidence.splice(0, 1);
    const changes = review("main", before, after).values.map((v) => [v.record, v.pointer, v.change, v.words ?? v.evidence[0]?.quote]);
    expect(changes).toEqual([
      ["people/anna-berg", "/evidence/0", "removed", firstQuote.quote],
      ["people/piet-halden", "/roles/0/period", "removed", period.asStated],
    ]);
    expect(reviewReport(review("main", before, after), "text")).toContain(`removed people/piet-halden /roles/0/period`);
  });
});

describe("reviewReport", () => {
  it("writes text from the data into Markdown so that no tag, entity or table cell starts in it", () => {
    const r = { ...review("main", fixture(), fixture()), added: ["people/a<b>&|c"] };
    expect(reviewReport(r, "markdown")).toBe("## What this change claims (since `main`)\n\n### Records added (1)\n- people/a&lt;b&gt;&amp;\\|c\n");
    expect(reviewReport(r, "text")).toBe("What the data claims since main:\n\nRecords added (1):\n  people/a<b>&|c\n");
  });
});

describe("suggest", () => {
  it("proposes, on an article the records already cite, only the mentions no evidence of the record holds", () => {
    const data = fixture();
    for (const article of ["lantern-report", "velo-wire"]) {
      const text = data.seeds.get(article)!.text;
      for (const p of suggest(data, article).proposals) {
        const at = placeQuote(text, p.evidence.quote, p.evidence.occurrence);
        expect(at.ok, p.evidence.quote).toBe(true);
        const cited = allEvidence(record(data, p.collection, p.id)).flatMap(({ evidence: e }) => {
          const placed = e.article === article ? placeQuote(text, e.quote, e.occurrence) : undefined;
          return placed?.ok ? [[placed.index, placed.index + e.quote.length]] : [];
        });
        // Some mention in the proposed sentence lies outside every passage the record cites.
        const start = (at as { index: number }).index;
        const outside = [...p.words, ...p.describedAs, ...p.refersBack.map((r) => r.words)].some((w) => {
          for (let i = text.indexOf(w, start); i !== -1 && i < start + p.evidence.quote.length; i = text.indexOf(w, i + 1)) if (!cited.some(([s, e]) => s! <= i && i + w.length <= e!)) return true;
          return false;
        });
        expect(outside, `${p.collection}/${p.id}: ${p.evidence.quote}`).toBe(true);
      }
    }
  });
});
