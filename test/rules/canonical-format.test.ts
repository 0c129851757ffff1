import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixDirectory } from "../../src/check/index.js";
import { check, copyOfFixture, fixtureDir, findings, itAcceptsTheFixture, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("canonical-format rule", () => {
  itAcceptsTheFixture("canonical-format");

  it("reports the first line that differs, and fix rewrites the file without changing its value", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "piet-halden");
    const { id, ...rest } = person;
    writeRecord(data, "people", "piet-halden", { ...rest, id }); // id moved to the end
    const path = join(data, "people", "lena-ostrova.json");
    writeFileSync(path, readFileSync(path, "utf8").replace(/\n$/, "")); // no final newline
    const found = findings(check(root), "canonical-format");
    expect(found.map((d) => [d.file, d.line])).toEqual([
      ["data/people/lena-ostrova.json", expect.any(Number)],
      ["data/people/piet-halden.json", 2],
    ]);
    // Found and expected lines, as they are in the file (nothing escaped), so the difference shows.
    expect(found[1]!.message).toBe(`not in canonical formatting from this line on: found ‹  "name": "${person.name}",›, expected ‹  "id": "piet-halden",›`);
    expect(found[0]!.message).toBe("no newline at the end of the file");
    expect(found[1]!.hint).toContain("npm run fix");

    // Indentation shows between the marks; a tab is shown as \t, not as an invisible jump.
    writeFileSync(path, readFileSync(join(fixtureDir, "people", "lena-ostrova.json"), "utf8").replace(/\n {2}"id"/, '\n\t"id"'));
    expect(findings(check(root), "canonical-format").find((d) => d.file === "data/people/lena-ostrova.json")!.message).toContain("found ‹\\t\"id\"");

    const fixed = fixDirectory(data, { cwd: root });
    expect(fixed.rewritten.sort()).toEqual(["data/people/lena-ostrova.json", "data/people/piet-halden.json"]);
    expect(readRecord(data, "people", "piet-halden")).toEqual(person);
    expect(findings(check(root), "canonical-format")).toEqual([]);
  });
});
