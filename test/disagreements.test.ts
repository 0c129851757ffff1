// Where outlets differ, every version is kept with its source, and findDisagreements lists them: here on
// the fixture dataset's records, so that what is asserted does not depend on what data/ holds.
import { describe, expect, it } from "vitest";
import { findDisagreements } from "../src/disagreements.js";
import { readDataset, type JsonRecord } from "../src/dataset/read.js";
import { datasetSchema } from "../src/generated/schema/dataset-schema.js";
import { collectionNames, collections, type CollectionName } from "../src/shared/collections.js";
import type { PerSourceSchemaNode } from "../src/shared/per-source.js";
import { fixtureDir } from "./helpers/data-copy.js";

const defs = datasetSchema.$defs as unknown as Record<string, PerSourceSchemaNode>;

/** The disagreements in the fixture's records, after `change` has edited a copy of them. */
function disagreementsIn(change: (records: Record<CollectionName, JsonRecord[]>) => void = () => undefined) {
  const { records } = readDataset(fixtureDir, fixtureDir);
  change(records);
  return findDisagreements(defs, collectionNames.map((c) => ({ collection: c, title: collections[c].title, records: records[c] })));
}

describe("findDisagreements on the fixture dataset", () => {
  it("lists a person's two stated ages, each with the article that states it and the entry that holds it", () => {
    expect(disagreementsIn().find((d) => d.id === "anna-berg")).toEqual({
      collection: "people",
      id: "anna-berg",
      field: "statedAge",
      versions: [
        { value: 58, asStated: ["Berg, 58"], articles: ["lantern-report"], pointers: ["/statedAge/0"] },
        { value: 57, asStated: ["57-year-old Berg"], articles: ["velo-wire"], pointers: ["/statedAge/1"] },
      ],
    });
  });

  it("lists each outlet's account of who signed and what it calls the document, and no field the outlets agree on", () => {
    const found = disagreementsIn();
    expect(found.map((d) => `${d.collection}/${d.id} ${d.field}`)).toEqual([
      "agreements/norland-sudavia-trade-agreement documentTypes",
      "agreements/norland-sudavia-trade-agreement signing",
      "people/anna-berg statedAge",
    ]);
    const signing = found.find((d) => d.field === "signing")!;
    expect(signing.versions.map((v) => [v.articles, (v.value as { part: string }[]).map((p) => p.part)])).toEqual([
      [["lantern-report"], ["signatory", "signatory"]],
      [["velo-wire"], ["signatory", "present", "present"]],
    ]);
  });

  it("reports only differences between two or more articles", () => {
    // Both ages from one article: two versions, but one source, so nothing to list.
    const oneSource = disagreementsIn((records) => {
      const berg = records.people.find((p) => p.id === "anna-berg") as unknown as { statedAge: { evidence: { article: string }[] }[] };
      berg.statedAge[1]!.evidence = berg.statedAge[0]!.evidence;
    });
    expect(oneSource.find((d) => d.id === "anna-berg")).toBeUndefined();
    // One value from two articles: one version, nothing to list.
    const sameValue = disagreementsIn((records) => {
      const berg = records.people.find((p) => p.id === "anna-berg") as unknown as { statedAge: { value: number }[] };
      berg.statedAge[1]!.value = 58;
    });
    expect(sameValue.find((d) => d.id === "anna-berg")).toBeUndefined();
  });
});
