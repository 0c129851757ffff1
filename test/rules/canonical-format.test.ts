import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixDirectory } from "../../src/check/index.js";
import { check, copyOfData, findings, itAcceptsTheRealData, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("canonical-format rule", () => {
  itAcceptsTheRealData("canonical-format");

  it("reports the first line that differs, and fix rewrites the file without changing its value", () => {
    const { root, data } = copyOfData();
    const person = readRecord(data, "people", "fidel-castro");
    const { id, ...rest } = person;
    writeRecord(data, "people", "fidel-castro", { ...rest, id }); // id moved to the end
    const path = join(data, "people", "ben-norton.json");
    writeFileSync(path, readFileSync(path, "utf8").replace(/\n$/, "")); // no final newline
    const found = findings(check(root), "canonical-format");
    expect(found.map((d) => [d.file, d.line])).toEqual([
      ["data/people/ben-norton.json", expect.any(Number)],
      ["data/people/fidel-castro.json", 2],
    ]);
    expect(found[1]!.message).toContain('expected "\\"id\\": \\"fidel-castro\\","');
    expect(found[1]!.hint).toContain("npm run fix");

    const fixed = fixDirectory(data, { cwd: root });
    expect(fixed.rewritten.sort()).toEqual(["data/people/ben-norton.json", "data/people/fidel-castro.json"]);
    expect(readRecord(data, "people", "fidel-castro")).toEqual(person);
    expect(findings(check(root), "canonical-format")).toEqual([]);
  });
});
