import { describe, expect, it } from "vitest";
import { format } from "../src/check/format.js";
import { check, copyOfData, readRecord, writeRecord } from "./helpers/data-copy.js";

function resultWithOneError() {
  const { root, data } = copyOfData();
  const person = readRecord(data, "people", "fidel-castro");
  person.roles = [{ asStated: "leader, 100%", status: "later" }];
  writeRecord(data, "people", "fidel-castro", person);
  return check(root);
}

describe("report formats", () => {
  it("text: file:line:column: severity: message (at pointer) [rule], a hint, then the summary", () => {
    const text = format(resultWithOneError(), "text");
    expect(text).toMatch(/^data\/people\/fidel-castro\.json:\d+:\d+: error: "later" is not allowed: .* \(at \/roles\/0\/status\) \[schema\]\n  hint: /m);
    expect(text).toMatch(/\nchecked \d+ articles, .*\n1 error in 1 file\n$/);
  });

  it("json: machine-readable, with the same diagnostics", () => {
    const json = JSON.parse(format(resultWithOneError(), "json"));
    expect(json).toMatchObject({ ok: false, errors: 1, warnings: 0 });
    expect(json.diagnostics[0]).toMatchObject({ file: "data/people/fidel-castro.json", rule: "schema", pointer: "/roles/0/status" });
  });

  it("github: workflow annotations, with properties escaped", () => {
    const github = format(resultWithOneError(), "github");
    expect(github).toMatch(/^::error file=data\/people\/fidel-castro\.json,line=\d+,col=\d+,title=schema::"later" is not allowed/m);
  });
});
