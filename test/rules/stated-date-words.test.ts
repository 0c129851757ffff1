import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("stated-date-words rule", () => {
  itAcceptsTheFixture("stated-date-words");

  it("reports a stated date whose words give another year", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", "velo-wire");
    article.publicationDate.value = "2023-05-02";
    writeRecord(data, "articles", "velo-wire", article);
    const found = findings(check(root), "stated-date-words");
    expect(found).toEqual([
      expect.objectContaining({
        file: "data/articles/velo-wire.json",
        ...positionOfPointer(data, "articles", "velo-wire", "/publicationDate/value"),
        pointer: "/publicationDate/value",
        message: 'value 2023-05-02 is said to be stated, but its words "May 2, 2024" do not give the year 2023',
      }),
    ]);
    expect(found[0]!.hint).toContain('"derivation"');
  });

  it("reports a stated period bound that its words do not give, and accepts the year a weekday's date comes with", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "piet-halden");
    person.roles[0].period.end = "2019";
    writeRecord(data, "people", "piet-halden", person);
    expect(findings(check(root), "stated-date-words").map((d) => [d.file, d.line, d.column, d.pointer, d.message])).toEqual([
      ["data/people/piet-halden.json", ...Object.values(positionOfPointer(data, "people", "piet-halden", "/roles/0/period/end")), "/roles/0/period/end", 'end 2019 is said to be stated, but its words "from 2010 to 2018" do not give the year 2019'],
    ]);
  });
});
