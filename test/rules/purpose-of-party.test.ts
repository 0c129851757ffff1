import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

const ID = "norland-sudavia-trade-agreement";

describe("purpose-of-party rule", () => {
  itAcceptsTheFixture("purpose-of-party");

  it("reports an aim ascribed to a country that is not a party", () => {
    const { root, data } = copyOfFixture();
    const agreement = readRecord(data, "agreements", ID);
    agreement.purposes[0].country = "XQ";
    writeRecord(data, "agreements", ID, agreement);
    expect(findings(check(root), "purpose-of-party")).toEqual([
      expect.objectContaining({
        file: `data/agreements/${ID}.json`,
        ...positionOfPointer(data, "agreements", ID, "/purposes/0/country"),
        pointer: "/purposes/0/country",
        message: "the purpose is ascribed to XQ, which is not a party to the agreement (its parties: XN, XS)",
      }),
    ]);
  });
});
