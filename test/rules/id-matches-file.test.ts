import { renameSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, copyOfData, findings, itAcceptsTheRealData, positionOf } from "../helpers/data-copy.js";

describe("id-matches-file rule", () => {
  itAcceptsTheRealData("id-matches-file");

  it("reports a record whose file name is not its id, at the id", () => {
    const { root, data } = copyOfData();
    renameSync(join(data, "people", "fidel-castro.json"), join(data, "people", "fidel.json"));
    const found = findings(check(root), "id-matches-file");
    expect(found).toEqual([
      expect.objectContaining({ file: "data/people/fidel.json", ...positionOf(data, "people", "fidel", '"fidel-castro"'), message: 'id "fidel-castro" does not match the file name fidel.json' }),
    ]);
  });
});
