import { describe, expect, it } from "vitest";
import { check, copyOfData, findings, itAcceptsTheRealData, readRecord, writeRecord } from "../helpers/data-copy.js";

const ID = "raisi-imperialist-powers-upset";

describe("supplied-document rule", () => {
  itAcceptsTheRealData("supplied-document");

  it("accepts supplied metadata that is consistent, at any date precision", () => {
    const { root, data } = copyOfData();
    const article = readRecord(data, "articles", ID);
    article.document = { url: "https://example.com/a", published: "2023-06", retrieved: "2023-06-01", title: "A title the text does not contain" };
    writeRecord(data, "articles", ID, article);
    expect(findings(check(root), "supplied-document")).toEqual([]);
  });

  it("reports a retrieval date before the publication date", () => {
    const { root, data } = copyOfData();
    const article = readRecord(data, "articles", ID);
    article.document = { published: "2023-06-16", retrieved: "2023-06-15" };
    writeRecord(data, "articles", ID, article);
    const found = findings(check(root), "supplied-document");
    expect(found).toEqual([expect.objectContaining({ file: `data/articles/${ID}.json`, pointer: "/document/retrieved", message: "retrieved 2023-06-15 is before published 2023-06-16" })]);
    expect(found[0]!.line).toBeGreaterThan(1);
  });

  it("reports a supplied title that the text contains: it belongs in the traced title", () => {
    const { root, data } = copyOfData();
    const article = readRecord(data, "articles", ID);
    article.document = { title: article.title.asStated };
    writeRecord(data, "articles", ID, article);
    const found = findings(check(root), "supplied-document");
    expect(found.map((d) => d.pointer)).toEqual(["/document/title"]);
    expect(found[0]!.message).toContain(`the text contains the supplied title "${article.title.asStated}"`);
  });
});
