import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOf, readRecord, writeRecord } from "../helpers/data-copy.js";

const ID = "lantern-report";

describe("supplied-document rule", () => {
  itAcceptsTheFixture("supplied-document");

  it("accepts supplied metadata that is consistent, at any date precision", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", ID);
    article.document = { url: "https://example.com/a", published: "2024-05", retrieved: "2024-05-01", title: "A title the text does not contain" };
    writeRecord(data, "articles", ID, article);
    expect(findings(check(root), "supplied-document")).toEqual([]);
  });

  it("reports a retrieval date before the publication date", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", ID);
    article.document = { published: "2024-05-02", retrieved: "2024-05-01" };
    writeRecord(data, "articles", ID, article);
    const found = findings(check(root), "supplied-document");
    expect(found).toEqual([expect.objectContaining({ file: `data/articles/${ID}.json`, pointer: "/document/retrieved", ...positionOf(data, "articles", ID, '"2024-05-01"'), message: "retrieved 2024-05-01 is before published 2024-05-02" })]);
  });

  it("reports a supplied title that the text contains: it belongs in the traced title", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", ID);
    article.document = { title: article.title.asStated };
    writeRecord(data, "articles", ID, article);
    const found = findings(check(root), "supplied-document");
    expect(found.map((d) => d.pointer)).toEqual(["/document/title"]);
    expect(found[0]!.message).toContain(`the text contains the supplied title "${article.title.asStated}"`);
  });
});
