import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { referencesIn } from "../../src/shared/schema-lookup.js";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOf, readRecord, writeRecord } from "../helpers/data-copy.js";

const AGREEMENT = "norland-sudavia-trade-agreement";

describe("references rule", () => {
  itAcceptsTheFixture("references");

  it("reads what refers to what from the schema, not from field names", () => {
    const refs = referencesIn("quotes", {
      id: "q",
      speakers: ["anna-berg"],
      event: "some-event",
      variants: [{ asStated: "x", speech: "direct", language: "en", evidence: [{ article: "a", quote: "x" }] }],
      evidence: [],
    });
    expect(refs).toEqual([
      { pointer: "/speakers/0", collection: "people", id: "anna-berg" },
      { pointer: "/event", collection: "events", id: "some-event" },
      { pointer: "/variants/0/evidence/0/article", collection: "articles", id: "a" },
    ]);
  });

  it("reports a dangling reference at its value and suggests the closest id", () => {
    const { root, data } = copyOfFixture();
    const agreement = readRecord(data, "agreements", AGREEMENT);
    agreement.signing[1].participants[1].person = "anna-bergg";
    writeRecord(data, "agreements", AGREEMENT, agreement);
    const found = findings(check(root), "references");
    expect(found).toEqual([
      expect.objectContaining({
        file: `data/agreements/${AGREEMENT}.json`,
        pointer: "/signing/1/participants/1/person",
        ...positionOf(data, "agreements", AGREEMENT, '"anna-bergg"'),
        message: 'unknown person "anna-bergg": there is no data/people/anna-bergg.json',
        hint: 'did you mean "anna-berg"?',
      }),
    ]);
  });

  it("resolves by file name: a broken target is reported once, in its own file, not at each reference", () => {
    const { root, data } = copyOfFixture();
    writeFileSync(join(data, "people", "piet-halden.json"), '{ "id": "piet-halden", }\n');
    const result = check(root);
    expect(findings(result, "readable-json").map((d) => d.file)).toEqual(["data/people/piet-halden.json"]);
    expect(findings(result, "references")).toEqual([]);
  });

  it("checks the article of every evidence item", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "piet-halden");
    person.evidence[0].article = "no-such-article";
    writeRecord(data, "people", "piet-halden", person);
    expect(findings(check(root), "references").map((d) => d.pointer)).toEqual(["/evidence/0/article"]);
  });

  it("still checks the string references of a record that fails the schema", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "piet-halden");
    person.evidence[0].article = "no-such-article";
    person.nickname = "x";
    writeRecord(data, "people", "piet-halden", person);
    expect(findings(check(root), "references").map((d) => d.pointer)).toEqual(["/evidence/0/article"]);
  });
});
