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
    expect(at("/statedAge/0/value").message).toBe("expected a whole number but found a string");
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

  it("hints the expected form with the schema's examples, not the field's description", () => {
    const { root, data } = copyOfData();
    const article = readRecord(data, "articles", "raisi-imperialist-powers-upset");
    article.languages[0].tag = "English";
    article.publicationDate.value = "16/06/2023";
    article.document = { url: "www.example.com" };
    writeRecord(data, "articles", "raisi-imperialist-powers-upset", article);
    const found = findings(check(root), "schema");
    const at = (pointer: string) => found.find((d) => d.pointer === pointer)!;
    expect(at("/languages/0/tag").message).toBe('"English" is not in the expected form');
    expect(at("/languages/0/tag").hint).toBe("expected a BCP 47 language tag: a 2- or 3-letter lower-case language code, then optional subtags (script, region) after hyphens, such as `en` or `es-CU`");
    expect(at("/publicationDate/value").hint).toBe("expected a calendar date as ISO 8601: `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when the text gives no more, such as `2023-06-15`, `2023-06` or `2023`");
    expect(at("/document/url").hint).toMatch(/^expected an absolute http or https URL in ASCII.*, such as `https:\/\/example\.com\//);
    expect(found).toHaveLength(3);

    // A reference in the wrong form: the hint comes from the Id definition behind PersonId.
    const person = readRecord(data, "people", "raul-castro");
    person.id = "Raul Castro";
    writeRecord(data, "people", "raul-castro", person);
    const id = findings(check(root), "schema").find((d) => d.file === "data/people/raul-castro.json" && d.pointer === "/id")!;
    expect(id.hint).toMatch(/^expected a kebab-case ASCII slug: .*, such as `raul-castro` or `iran-cuba-customs-agreement`$/);
  });

  it("keeps the description as the hint where the schema gives no examples", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "raul-castro");
    person.name = "";
    writeRecord(data, "people", "raul-castro", person);
    const [empty] = findings(check(root), "schema");
    expect(empty!.message).toBe("must not be empty");
    expect(empty!.hint).toMatch(/^The .*name/i);
  });
});
