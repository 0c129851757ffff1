import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("suggested-evidence rule", () => {
  itAcceptsTheFixture("suggested-evidence");

  it("warns about each evidence marked suggested, at its mark, until the mark is removed", () => {
    const { root, data } = copyOfFixture();
    const place = readRecord(data, "places", "velo");
    place.evidence[1].suggested = true;
    writeRecord(data, "places", "velo", place);
    const result = check(root);
    expect(findings(result, "suggested-evidence")).toEqual([
      expect.objectContaining({
        file: "data/places/velo.json",
        ...positionOfPointer(data, "places", "velo", "/evidence/1/suggested"),
        severity: "warning",
        message: 'evidence from "velo-wire" was proposed by suggest and not yet judged by a person',
      }),
    ]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    delete place.evidence[1].suggested;
    writeRecord(data, "places", "velo", place);
    expect(findings(check(root), "suggested-evidence")).toEqual([]);
  });
});
