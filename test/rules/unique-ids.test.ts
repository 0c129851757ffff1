import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture } from "../helpers/data-copy.js";

describe("unique-ids rule", () => {
  itAcceptsTheFixture("unique-ids");

  it("reports the second file (in id order) that uses an id, naming the first", () => {
    const { root, data } = copyOfFixture();
    copyFileSync(join(data, "people", "piet-halden.json"), join(data, "people", "piet-halden-copy.json"));
    const found = findings(check(root), "unique-ids");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "data/people/piet-halden-copy.json", pointer: "/id" });
    expect(found[0]!.message).toBe('id "piet-halden" is already used by data/people/piet-halden.json');
  });
});
