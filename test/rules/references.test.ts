import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { referencesIn } from "../../src/shared/schema-lookup.js";
import { check, copyOfData, findings, itAcceptsTheRealData, positionOf, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("references rule", () => {
  itAcceptsTheRealData("references");

  it("reads what refers to what from the schema, not from field names", () => {
    const refs = referencesIn("quotes", {
      id: "q",
      speakers: ["ebrahim-raisi"],
      event: "some-event",
      variants: [{ asStated: "x", speech: "direct", language: "en", evidence: [{ article: "a", quote: "x" }] }],
      evidence: [],
    });
    expect(refs).toEqual([
      { pointer: "/speakers/0", collection: "people", id: "ebrahim-raisi" },
      { pointer: "/event", collection: "events", id: "some-event" },
      { pointer: "/variants/0/evidence/0/article", collection: "articles", id: "a" },
    ]);
  });

  it("reports a dangling reference at its value and suggests the closest id", () => {
    const { root, data } = copyOfData();
    const agreement = readRecord(data, "agreements", "iran-cuba-havana-agreements-2023");
    agreement.signing[1].participants[0].person = "ebrahim-raisy";
    writeRecord(data, "agreements", "iran-cuba-havana-agreements-2023", agreement);
    const found = findings(check(root), "references");
    expect(found).toEqual([
      expect.objectContaining({
        file: "data/agreements/iran-cuba-havana-agreements-2023.json",
        pointer: "/signing/1/participants/0/person",
        ...positionOf(data, "agreements", "iran-cuba-havana-agreements-2023", '"ebrahim-raisy"'),
        message: 'unknown person "ebrahim-raisy": there is no data/people/ebrahim-raisy.json',
        hint: 'did you mean "ebrahim-raisi"?',
      }),
    ]);
  });

  it("resolves by file name: a broken target is reported once, in its own file, not at each reference", () => {
    const { root, data } = copyOfData();
    writeFileSync(join(data, "people", "fidel-castro.json"), '{ "id": "fidel-castro", }\n');
    const result = check(root);
    expect(findings(result, "readable-json").map((d) => d.file)).toEqual(["data/people/fidel-castro.json"]);
    expect(findings(result, "references")).toEqual([]);
  });

  it("checks the article of every evidence item", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "fidel-castro");
    person.evidence[0].article = "no-such-article";
    writeRecord(data, "people", "fidel-castro", person);
    expect(findings(check(root), "references").map((d) => d.pointer)).toEqual(["/evidence/0/article"]);
  });

  it("still checks the string references of a record that fails the schema", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "fidel-castro");
    person.evidence[0].article = "no-such-article";
    person.nickname = "x";
    writeRecord(data, "people", "fidel-castro", person);
    expect(findings(check(root), "references").map((d) => d.pointer)).toEqual(["/evidence/0/article"]);
  });
});
