import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture } from "../helpers/data-copy.js";

describe("readable-json rule", () => {
  itAcceptsTheFixture("readable-json");

  it("places a syntax error at its line and column", () => {
    const { root, data } = copyOfFixture();
    writeFileSync(join(data, "people", "broken.json"), '{\n  "id": "broken",\n  "name": "x"\n  "nameForms": []\n}\n');
    const [d] = findings(check(root), "readable-json");
    expect(d).toMatchObject({ file: "data/people/broken.json", line: 4, column: 3, severity: "error" });
    expect(d!.message).toContain('expected "," or "}"');
  });

  it("names trailing commas, comments, BOM, invalid UTF-8 and stray files", () => {
    const { root, data } = copyOfFixture();
    writeFileSync(join(data, "people", "trailing.json"), '{\n  "id": "trailing",\n}\n');
    writeFileSync(join(data, "people", "comment.json"), '{\n  // a comment\n  "id": "comment"\n}\n');
    writeFileSync(join(data, "people", "bom.json"), "\uFEFF{}\n");
    writeFileSync(join(data, "people", "latin1.json"), Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]));
    writeFileSync(join(data, "people", "notes.txt"), "not a record");
    const byFile = Object.fromEntries(findings(check(root), "readable-json").map((d) => [d.file, d]));
    expect(byFile["data/people/trailing.json"]).toMatchObject({ line: 2, column: 19 });
    expect(byFile["data/people/trailing.json"]!.message).toContain("trailing comma");
    expect(byFile["data/people/comment.json"]).toMatchObject({ line: 2, column: 3 });
    expect(byFile["data/people/comment.json"]!.message).toContain("comments are not allowed");
    expect(byFile["data/people/bom.json"]!.message).toContain("byte-order mark");
    expect(byFile["data/people/latin1.json"]!.message).toContain("not valid UTF-8");
    expect(byFile["data/people/notes.txt"]!.message).toContain("not a .json file");
  });
});
