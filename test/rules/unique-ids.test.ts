import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, copyOfData, findings, itAcceptsTheRealData } from "../helpers/data-copy.js";

describe("unique-ids rule", () => {
  itAcceptsTheRealData("unique-ids");

  it("reports the second file (in id order) that uses an id, naming the first", () => {
    const { root, data } = copyOfData();
    copyFileSync(join(data, "people", "fidel-castro.json"), join(data, "people", "fidel-castro-copy.json"));
    const found = findings(check(root), "unique-ids");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "data/people/fidel-castro-copy.json", pointer: "/id" });
    expect(found[0]!.message).toBe('id "fidel-castro" is already used by data/people/fidel-castro.json');
  });
});
