import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("one-article-per-report rule", () => {
  itAcceptsTheFixture("one-article-per-report");

  it("reports an account of a signing that cites two articles", () => {
    const { root, data } = copyOfFixture();
    const agreement = readRecord(data, "agreements", "norland-sudavia-trade-agreement");
    agreement.signing[0].evidence.push(agreement.signing[1].evidence[0]);
    writeRecord(data, "agreements", "norland-sudavia-trade-agreement", agreement);
    expect(findings(check(root), "one-article-per-report").map((d) => [d.file, d.line, d.column, d.pointer, d.message])).toEqual([
      ["data/agreements/norland-sudavia-trade-agreement.json", ...Object.values(positionOfPointer(data, "agreements", "norland-sudavia-trade-agreement", "/signing/0/evidence")), "/signing/0/evidence", 'this account of the signing cites 2 articles ("lantern-report", "velo-wire"): a report is one article\'s'],
    ]);
  });

  it("reports a variant of a quote that cites two articles, at its evidence", () => {
    const { root, data } = copyOfFixture();
    const quote = readRecord(data, "quotes", "berg-trade-bridges");
    quote.variants[0].evidence.push(quote.variants[1].evidence[0]);
    writeRecord(data, "quotes", "berg-trade-bridges", quote);
    const [found, ...rest] = findings(check(root), "one-article-per-report");
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ file: "data/quotes/berg-trade-bridges.json", pointer: "/variants/0/evidence", ...positionOfPointer(data, "quotes", "berg-trade-bridges", "/variants/0/evidence") });
    expect(found!.message).toBe('this variant of the quote cites 2 articles ("lantern-report", "velo-wire"): a report is one article\'s');
  });
});
