import { renameSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOf } from "../helpers/data-copy.js";

describe("id-matches-file rule", () => {
  itAcceptsTheFixture("id-matches-file");

  it("reports a record whose file name is not its id, at the id", () => {
    const { root, data } = copyOfFixture();
    renameSync(join(data, "people", "piet-halden.json"), join(data, "people", "piet.json"));
    const found = findings(check(root), "id-matches-file");
    expect(found).toEqual([
      expect.objectContaining({ file: "data/people/piet.json", ...positionOf(data, "people", "piet", '"piet-halden"'), message: 'id "piet-halden" does not match the file name piet.json' }),
    ]);
  });
});
