// disagreements() compares exactly the fields the schema marks "x-perSource": every mark is compared,
// and a new mark is compared without code changes.
import { describe, expect, it } from "vitest";
import { collections, type CollectionName } from "../src/shared/collections.js";
import { findDisagreements } from "../src/disagreements.js";
import { datasetSchema } from "../src/generated/schema/dataset-schema.js";
import { perSourceFields, type PerSourceSchemaNode } from "../src/shared/per-source.js";

const defs = datasetSchema.$defs as unknown as Record<string, PerSourceSchemaNode>;

/** A record holding two versions, from two articles, at the marked path. */
function twoVersions(steps: string[], by: string): Record<string, unknown> {
  const entries = ["a", "b"].map((v, i) => ({ [by]: `version-${v}`, asStated: `version-${v}`, evidence: [{ article: `article-${i}`, quote: `version-${v}` }] }));
  let value: unknown = entries;
  for (const step of [...steps].reverse()) value = step === "*" ? [value] : { [step]: value };
  return { id: "fixture", evidence: [], ...(value as object) };
}

describe("per-source fields derived from the schema", () => {
  const marked = (Object.keys(collections) as CollectionName[]).flatMap((c) => perSourceFields(defs, collections[c].title).map((f) => ({ c, ...f })));

  it("finds marks in the schema: a person's age and standing, an event's date, places and status, among others", () => {
    const paths = (title: string) => perSourceFields(defs, title).map((f) => f.steps.join("/"));
    expect(paths("Person")).toEqual(expect.arrayContaining(["statedAge", "statedStatus"]));
    expect(paths("Event")).toEqual(expect.arrayContaining(["date", "places", "status"]));
  });

  it("compares every marked field of every collection", () => {
    for (const { c, steps, by } of marked) {
      const found = findDisagreements(defs, [{ collection: c, title: collections[c].title, records: [twoVersions(steps, by) as never] }]);
      expect(found.map((d) => d.field.replace(/\/\d+(?=\/|$)/g, "/*")), `${c} ${steps.join("/")}`).toContain(steps.join("/"));
    }
  });

  it("compares a newly marked field without code changes", () => {
    const fixture: Record<string, PerSourceSchemaNode> = { Thing: { properties: { statedColour: { "x-perSource": "value", items: {} } } } };
    const found = findDisagreements(fixture, [{ collection: "things", title: "Thing", records: [twoVersions(["statedColour"], "value") as never] }]);
    expect(found).toEqual([expect.objectContaining({ id: "fixture", field: "statedColour" })]);
    expect(findDisagreements({ Thing: { properties: { statedColour: { items: {} } } } }, [{ collection: "things", title: "Thing", records: [twoVersions(["statedColour"], "value") as never] }])).toEqual([]);
  });
});
