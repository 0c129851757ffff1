import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addSource } from "../../src/check/add-source.js";
import { fixDirectory } from "../../src/check/index.js";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("outlet-link rule", () => {
  itAcceptsTheFixture("outlet-link");

  it("reports an outlet whose organization record was added after add-source ran, and fix links it", () => {
    const { root, data } = copyOfFixture();
    writeFileSync(join(root, "wire.txt"), "Velo Wire Service reports that Anna Berg left Velo on Friday.\n");
    addSource(join(root, "wire.txt"), data, { id: "wire-report", outlet: "Velo Wire Service" });
    expect(readRecord(data, "articles", "wire-report").document.outlet).toEqual({ name: "Velo Wire Service" });
    expect(findings(check(root), "outlet-link")).toEqual([]); // no record has the name yet

    writeRecord(data, "organizations", "velo-wire-service", {
      id: "velo-wire-service",
      name: "Velo Wire Service",
      nameForms: ["Velo Wire Service"],
      kind: "news-agency",
      status: "existing",
      evidence: [{ article: "wire-report", quote: "Velo Wire Service reports" }],
    });
    const found = findings(check(root), "outlet-link");
    expect(found).toEqual([
      expect.objectContaining({
        file: "data/articles/wire-report.json",
        ...positionOfPointer(data, "articles", "wire-report", "/document/outlet"),
        severity: "error",
        pointer: "/document/outlet",
        message: 'the outlet "Velo Wire Service" is not linked to the organization "velo-wire-service", which has that name',
      }),
    ]);
    expect(found[0]!.hint).toContain("iran-cuba-relations fix");

    const fixed = fixDirectory(data, { cwd: root });
    expect(fixed.skipped).toEqual([]);
    expect(fixed.outlets).toEqual([{ file: "data/articles/wire-report.json", outlet: "Velo Wire Service", organization: "velo-wire-service" }]);
    expect(readRecord(data, "articles", "wire-report").document.outlet).toEqual({ name: "Velo Wire Service", organization: "velo-wire-service" });
    expect(findings(check(root), "outlet-link")).toEqual([]);
  });

  it("matches a name form too, and leaves an outlet several organizations answer to for the contributor, with a warning", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", "velo-wire");
    article.document.outlet = { name: "@PresidenciaSudavia" };
    writeRecord(data, "articles", "velo-wire", article);
    expect(findings(check(root), "outlet-link").map((d) => d.message)).toEqual(['the outlet "@PresidenciaSudavia" is not linked to the organization "presidencia-sudavia-account", which has that name']);

    writeRecord(data, "organizations", "daily-lantern-weekly", { ...readRecord(data, "organizations", "daily-lantern"), id: "daily-lantern-weekly", name: "Daily Lantern Weekly" });
    const lantern = readRecord(data, "articles", "lantern-report");
    delete lantern.document.outlet.organization;
    writeRecord(data, "articles", "lantern-report", lantern);
    expect(findings(check(root), "outlet-link").map((d) => [d.file, d.severity, d.message])).toEqual([
      ["data/articles/lantern-report.json", "warning", 'the outlet "Daily Lantern" could be any of the organizations "daily-lantern", "daily-lantern-weekly", which all have that name'],
      ["data/articles/velo-wire.json", "error", 'the outlet "@PresidenciaSudavia" is not linked to the organization "presidencia-sudavia-account", which has that name'],
    ]);
    expect(fixDirectory(data, { cwd: root }).outlets).toEqual([{ file: "data/articles/velo-wire.json", outlet: "@PresidenciaSudavia", organization: "presidencia-sudavia-account" }]);
    expect(readRecord(data, "articles", "lantern-report").document.outlet).toEqual({ name: "Daily Lantern" });
  });
});
