// Where outlets differ, every version is kept with its source, and disagreements() lists them.
import { describe, expect, it } from "vitest";
import { disagreements, getAgreement, getPerson } from "../src/index.js";

describe("disagreements()", () => {
  const all = disagreements();
  const find = (id: string, field: string) => all.find((d) => d.id === id && d.field === field);

  it("lists Raúl Castro's two stated ages, each with the article that states it", () => {
    // A new article may add a version of its own: these two must stay, each with its article and entry.
    const ages = find("raul-castro", "statedAge")!;
    expect(ages).toMatchObject({ collection: "people", id: "raul-castro", field: "statedAge" });
    expect(ages.versions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 92, asStated: expect.arrayContaining(["Raul Castro, 92"]), articles: expect.arrayContaining(["raisi-cuba-cooperation-hope-for-independent-nations"]) }),
        expect.objectContaining({ value: 91, asStated: expect.arrayContaining(["91-year-old Raúl"]), articles: expect.arrayContaining(["raisi-vows-to-confront-us-in-havanna"]) }),
      ]),
    );
  });

  it("keeps each outlet's characterization of Raúl Castro and each outlet's list of the Havana agreements", () => {
    const characterizations = find("raul-castro", "descriptions")!.versions.map((v) => v.value);
    expect(characterizations).toEqual(expect.arrayContaining(["Cuba’s spiritual leader and former president", "former Cuban dictator"]));
    const lists = find("iran-cuba-havana-agreements-2023", "enumerations")!;
    expect(new Set(lists.versions.flatMap((v) => v.articles)).size).toBeGreaterThanOrEqual(3);
  });

  it("reports only real differences between two or more articles", () => {
    for (const d of all) {
      expect(d.versions.length, d.id).toBeGreaterThanOrEqual(2);
      expect(new Set(d.versions.map((v) => v.value)).size).toBe(d.versions.length);
      expect(new Set(d.versions.flatMap((v) => v.articles)).size, d.id).toBeGreaterThanOrEqual(2);
    }
    // A count is a disagreement exactly when the outlets state different numbers: none is invented, none hidden.
    const counts = new Set(getAgreement("iran-cuba-havana-agreements-2023").statedCount!.map((c) => c.value));
    expect(find("iran-cuba-havana-agreements-2023", "statedCount") !== undefined).toBe(counts.size > 1);
    // Every version points at entries that exist.
    for (const d of all.filter((x) => x.collection === "people")) {
      const record = getPerson(d.id as never) as unknown as Record<string, unknown[]>;
      for (const v of d.versions) for (const p of v.pointers) expect(record[d.field]![Number(p.split("/")[2])]).toBeDefined();
    }
  });
});
