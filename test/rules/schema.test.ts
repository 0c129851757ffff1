import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOf, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("schema rule", () => {
  itAcceptsTheFixture("schema");

  it("reports a wrong type, an unknown property, a bad enum and a missing property, each placed and explained", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    person.statedAge[0].value = "58";
    person.roles[0].status = "past";
    person.nickname = "x";
    delete person.name;
    writeRecord(data, "people", "anna-berg", person);
    const found = findings(check(root), "schema");
    const at = (pointer: string) => found.find((d) => d.pointer === pointer)!;
    expect(at("/statedAge/0/value")).toMatchObject({ file: "data/people/anna-berg.json", ...positionOf(data, "people", "anna-berg", '"58"') });
    expect(at("/statedAge/0/value").message).toBe("expected a whole number but found a string");
    expect(at("/roles/0/status").message).toContain('"past" is not allowed: expected one of "current", "former", "unspecified"');
    expect(at("/roles/0/status").hint).toContain("time sense");
    expect(at("/nickname")).toMatchObject(positionOf(data, "people", "anna-berg", '"nickname"'));
    expect(at("/nickname").message).toBe('unknown property "nickname"');
    expect(at("/nickname").hint).toContain("allowed here: id, name, nameForms");
    expect(at("").message).toBe('missing required property "name"');
    expect(found).toHaveLength(4);
  });

  it("explains a party that is neither a country nor an organization", () => {
    const { root, data } = copyOfFixture();
    const agreement = readRecord(data, "agreements", "norland-sudavia-trade-agreement");
    delete agreement.parties[0].country;
    delete agreement.parties[0].organization;
    writeRecord(data, "agreements", "norland-sudavia-trade-agreement", agreement);
    const found = findings(check(root), "schema");
    expect(found.map((d) => [d.pointer, d.message])).toEqual([["/parties/0", 'needs at least one of "country" or "organization"']]);
  });

  it("hints the expected form with the schema's examples, not the field's description", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", "velo-wire");
    article.languages[0].tag = "English";
    article.publicationDate.value = "02/05/2024";
    article.document.url = "www.example.com";
    writeRecord(data, "articles", "velo-wire", article);
    const found = findings(check(root), "schema");
    const at = (pointer: string) => found.find((d) => d.pointer === pointer)!;
    expect(at("/languages/0/tag").message).toBe('"English" is not in the expected form');
    expect(at("/languages/0/tag").hint).toBe("expected a BCP 47 language tag: a 2- or 3-letter lower-case language code, then optional subtags (script, region) after hyphens, such as `en` or `es-CU`");
    expect(at("/publicationDate/value").hint).toBe("expected a calendar date as ISO 8601: `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when the text gives no more, such as `2023-06-15`, `2023-06` or `2023`");
    expect(at("/document/url").hint).toMatch(/^expected an absolute http or https URL in ASCII.*, such as `https:\/\/example\.com\//);
    expect(found).toHaveLength(3);

    // A reference in the wrong form: the hint comes from the Id definition behind PersonId.
    const person = readRecord(data, "people", "anna-berg");
    person.id = "Anna Berg";
    writeRecord(data, "people", "anna-berg", person);
    const id = findings(check(root), "schema").find((d) => d.file === "data/people/anna-berg.json" && d.pointer === "/id")!;
    expect(id.hint).toMatch(/^expected a kebab-case ASCII slug: .*, such as `[a-z-]+` or `[a-z-]+`$/);
  });

  it("keeps the description as the hint where the schema gives no examples", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    person.name = "";
    writeRecord(data, "people", "anna-berg", person);
    const [empty] = findings(check(root), "schema");
    expect(empty!.message).toBe("must not be empty");
    expect(empty!.hint).toMatch(/^The .*name/i);
  });
});
