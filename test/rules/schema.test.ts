import { describe, expect, it } from "vitest";
import { check, copyOfData, findings, itAcceptsTheRealData, positionOf, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("schema rule", () => {
  itAcceptsTheRealData("schema");

  it("reports a wrong type, an unknown property, a bad enum and a missing property, each placed and explained", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "raul-castro");
    person.statedAge[0].value = "92";
    person.roles[0].status = "past";
    person.nickname = "x";
    delete person.name;
    writeRecord(data, "people", "raul-castro", person);
    const found = findings(check(root), "schema");
    const at = (pointer: string) => found.find((d) => d.pointer === pointer)!;
    expect(at("/statedAge/0/value")).toMatchObject({ file: "data/people/raul-castro.json", ...positionOf(data, "people", "raul-castro", '"92"') });
    expect(at("/statedAge/0/value").message).toBe("expected a number but found a string");
    expect(at("/roles/0/status").message).toContain('"past" is not allowed: expected one of "current", "former", "unspecified"');
    expect(at("/roles/0/status").hint).toContain("time sense");
    expect(at("/nickname")).toMatchObject(positionOf(data, "people", "raul-castro", '"nickname"'));
    expect(at("/nickname").message).toBe('unknown property "nickname"');
    expect(at("/nickname").hint).toContain("allowed here: id, name, nameForms");
    expect(at("").message).toBe('missing required property "name"');
    expect(found).toHaveLength(4);
  });

  it("explains a party that is neither a country nor an organization", () => {
    const { root, data } = copyOfData();
    const agreement = readRecord(data, "agreements", "iran-cuba-havana-agreements-2023");
    delete agreement.parties[0].country;
    delete agreement.parties[0].organization;
    writeRecord(data, "agreements", "iran-cuba-havana-agreements-2023", agreement);
    const found = findings(check(root), "schema");
    expect(found.map((d) => d.message)).toEqual(['needs at least one of "country" or "organization"']);
  });
});
