// disagreements() compares exactly the fields the schema marks "x-perSource", each the way its mark says:
// every mark is compared, a new mark is compared without code changes, and every mark is well formed.
import { describe, expect, it } from "vitest";
import { collections, type CollectionName } from "../../src/shared/collections.js";
import { findDifferences } from "../../src/disagreements.js";
import { datasetSchema } from "../../src/generated/schema/dataset-schema.js";
import { perSourceCompares, perSourceFields, type PerSourceCompare, type PerSourceMark, type PerSourceSchemaNode } from "../../src/shared/per-source.js";

const defs = datasetSchema.$defs as unknown as Record<string, PerSourceSchemaNode>;

/** Two values that cannot both be true under each way of comparing (for `words`, two wordings of one thing). */
const clashing: Record<PerSourceCompare, (mark: PerSourceMark) => [unknown, unknown]> = {
  equal: () => ["version-a", "version-b"],
  quantity: () => [
    { value: 1, unit: "year", qualifier: "exact" },
    { value: 2, unit: "year", qualifier: "exact" },
  ],
  date: () => ["2023-06-14", "2023-06-15"],
  place: () => ["somewhere", "elsewhere"],
  // Undated articles: no order, so no progression.
  progression: (mark) => Object.keys(mark.transitions ?? { a: [] }).concat("zz").slice(0, 2) as [string, string],
  set: () => [["a"], ["b"]],
  roles: (mark) => [[{ person: "p", [mark.role ?? "part"]: "signatory" }], [{ person: "p", [mark.role ?? "part"]: "present" }]],
  words: () => ["version-a", "version-b"],
  wording: () => ["words one way", "words another way"],
};

/** A record holding two versions, from two articles, at the marked path. */
function twoVersions(steps: string[], mark: PerSourceMark): Record<string, unknown> {
  const by = typeof mark.by === "string" ? [mark.by] : mark.by;
  const entries = clashing[mark.compare](mark).map((value, i) => {
    const entry: Record<string, unknown> = by.length === 1 ? { [by[0]!]: value } : { ...(value as object) };
    entry.asStated ??= `version-${i}`;
    if (mark.compare === "wording") Object.assign(entry, { speech: "direct", language: "en" });
    return { ...entry, evidence: [{ article: `article-${i}`, quote: String(entry.asStated) }] };
  });
  let value: unknown = entries;
  for (const step of [...steps].reverse()) value = step === "*" ? [value] : { [step]: value };
  return { id: "fixture", evidence: [], ...(value as object) };
}

describe("per-source fields derived from the schema", () => {
  const marked = (Object.keys(collections) as CollectionName[]).flatMap((c) => perSourceFields(defs, collections[c].title).map((f) => ({ c, ...f })));

  it("finds marks in the schema, each well formed: a person's age and standing, an event's date, places and status, among others", () => {
    const paths = (title: string) => perSourceFields(defs, title).map((f) => f.steps.join("/"));
    expect(paths("Person")).toEqual(expect.arrayContaining(["statedAge", "statedStatus"]));
    expect(paths("Event")).toEqual(expect.arrayContaining(["date", "places", "status"]));
    for (const { c, steps, mark } of marked) {
      const where = `${c} ${steps.join("/")}`;
      expect(Object.keys(perSourceCompares), where).toContain(mark.compare);
      expect(typeof mark.by === "string" || (Array.isArray(mark.by) && mark.by.every((k) => typeof k === "string")), where).toBe(true);
      expect(mark.transitions !== undefined, where).toBe(mark.compare === "progression");
    }
  });

  it("compares every marked field of every collection, the way its mark says", () => {
    for (const { c, steps, mark } of marked) {
      const { disagreements, variants } = findDifferences(defs, [{ collection: c, title: collections[c].title, records: [twoVersions(steps, mark) as never] }]);
      const fields = [...disagreements, ...variants].map((d) => d.field.replace(/\/\d+(?=\/|$)/g, "/*"));
      expect(fields, `${c} ${steps.join("/")}`).toContain(steps.join("/"));
      // Only `words` is always compatible; every other way of comparing has values that conflict.
      const expected = mark.compare === "words" ? "variant" : mark.compare === "wording" ? "wording" : "conflict";
      const kind = disagreements.length ? disagreements[0]!.kind : "variant";
      expect(kind, `${c} ${steps.join("/")}`).toBe(expected);
    }
  });

  it("compares a newly marked field without code changes", () => {
    const mark: PerSourceMark = { by: "value", compare: "equal" };
    const fixture: Record<string, PerSourceSchemaNode> = { Thing: { properties: { statedColour: { "x-perSource": mark, items: {} } } } };
    const records = [{ collection: "things", title: "Thing", records: [twoVersions(["statedColour"], mark) as never] }];
    expect(findDifferences(fixture, records).disagreements).toEqual([expect.objectContaining({ kind: "conflict", id: "fixture", field: "statedColour" })]);
    expect(findDifferences({ Thing: { properties: { statedColour: { items: {} } } } }, records).disagreements).toEqual([]);
  });
});
