import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture } from "../helpers/data-copy.js";

describe("duplicate-keys rule", () => {
  itAcceptsTheFixture("duplicate-keys");

  it("finds a key JSON.parse would silently drop, at the second occurrence, even in a schema-valid record", () => {
    const { root, data } = copyOfFixture();
    const path = join(data, "people", "piet-halden.json");
    const text = readFileSync(path, "utf8");
    const name = /\n  "name": "[^"]*",\n/.exec(text)![0];
    writeFileSync(path, text.replace(name, `${name.slice(0, -1)}\n  "name": "Somebody Else",\n`));
    const result = check(root);
    const found = findings(result, "duplicate-keys");
    expect(found).toEqual([expect.objectContaining({ file: "data/people/piet-halden.json", line: 4, column: 3 })]);
    expect(found[0]!.message).toContain('duplicate key "name"');
    // The formatting rule stays quiet: one problem, one message.
    expect(findings(result, "canonical-format")).toEqual([]);
  });
});
