// Where outlets differ, every version is kept with its source, and disagreements() lists them.
import { describe, expect, it } from "vitest";
import { disagreements, getAgreement, getPerson } from "../src/index.js";

describe("disagreements()", () => {
  const all = disagreements();
  const find = (id: string, field: string) => all.find((d) => d.id === id && d.field === field);

  it("lists Raúl Castro's two stated ages, each with the article that states it", () => {
    expect(find("raul-castro", "statedAge")).toEqual({
      collection: "people",
      id: "raul-castro",
      field: "statedAge",
      versions: [
        { value: 92, asStated: ["Raul Castro, 92"], articles: ["raisi-cuba-cooperation-hope-for-independent-nations"], pointers: ["/statedAge/0"] },
        { value: 91, asStated: ["91-year-old Raúl"], articles: ["raisi-vows-to-confront-us-in-havanna"], pointers: ["/statedAge/1"] },
      ],
    });
  });

  it("keeps each outlet's characterization of Raúl Castro and each outlet's list of the Havana agreements", () => {
    const characterizations = find("raul-castro", "descriptions")!.versions.map((v) => v.value);
    expect(characterizations).toEqual(expect.arrayContaining(["Cuba’s spiritual leader and former president", "former Cuban dictator"]));
    const lists = find("iran-cuba-havana-agreements-2023", "enumerations")!;
    expect(new Set(lists.versions.flatMap((v) => v.articles)).size).toBe(3);
  });

  it("reports only real differences between two or more articles", () => {
    for (const d of all) {
      expect(d.versions.length, d.id).toBeGreaterThanOrEqual(2);
      expect(new Set(d.versions.map((v) => v.value)).size).toBe(d.versions.length);
      expect(new Set(d.versions.flatMap((v) => v.articles)).size, d.id).toBeGreaterThanOrEqual(2);
    }
    // The outlets agree on the count of six: no disagreement is invented.
    expect(getAgreement("iran-cuba-havana-agreements-2023").statedCount!.every((c) => c.value === 6)).toBe(true);
    expect(find("iran-cuba-havana-agreements-2023", "statedCount")).toBeUndefined();
    // Every version points at entries that exist.
    for (const d of all.filter((x) => x.collection === "people")) {
      const record = getPerson(d.id as never) as unknown as Record<string, unknown[]>;
      for (const v of d.versions) for (const p of v.pointers) expect(record[d.field]![Number(p.split("/")[2])]).toBeDefined();
    }
  });
});
