import { describe, expect, it } from "vitest";
import { check, copyOfData, findings, itAcceptsTheRealData, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("stated-in-evidence rule", () => {
  itAcceptsTheRealData("stated-in-evidence");

  it("reports an asStated text that its evidence does not contain", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "raul-castro");
    person.roles[0].asStated = "President for life of Cuba";
    writeRecord(data, "people", "raul-castro", person);
    const found = findings(check(root), "stated-in-evidence");
    expect(found).toEqual([expect.objectContaining({ file: "data/people/raul-castro.json", pointer: "/roles/0/asStated" })]);
    expect(found[0]!.message).toContain('"President for life of Cuba" does not occur in any evidence quote');
  });

  it("uses the nearest enclosing evidence when a value has none of its own", () => {
    const { root, data } = copyOfData();
    const article = readRecord(data, "articles", "raisi-imperialist-powers-upset");
    article.byline.asStated = "By Staff";
    writeRecord(data, "articles", "raisi-imperialist-powers-upset", article);
    expect(findings(check(root), "stated-in-evidence")).toEqual([]);
    article.byline.asStated = "By Our Correspondent";
    writeRecord(data, "articles", "raisi-imperialist-powers-upset", article);
    expect(findings(check(root), "stated-in-evidence").map((d) => d.pointer)).toEqual(["/byline/asStated"]);
  });

  it("still traces asStated in a record that fails the schema", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "raul-castro");
    person.roles[0].asStated = "President for life of Cuba";
    person.roles[0].status = "past"; // a schema error beside it
    writeRecord(data, "people", "raul-castro", person);
    expect(findings(check(root), "stated-in-evidence").map((d) => d.pointer)).toEqual(["/roles/0/asStated"]);
  });
});
