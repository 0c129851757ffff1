import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, githubSummary } from "../../src/check/format.js";
import { canonicalText } from "../../src/check/canonical.js";
import { check, copyOfFixture, readRecord, writeRecord } from "../helpers/data-copy.js";

function resultWithOneError() {
  const { root, data } = copyOfFixture();
  const person = readRecord(data, "people", "piet-halden");
  person.roles = [{ asStated: person.nameForms[0], status: "later" }]; // traced: only the status is wrong
  // Written canonically: every rule now runs on a schema-invalid record, formatting included.
  writeFileSync(join(data, "people", "piet-halden.json"), canonicalText("people", person));
  return check(root);
}

describe("report formats", () => {
  it("text: file:line:column: severity: message (at pointer) [rule], a hint, then the summary", () => {
    const text = format(resultWithOneError(), "text");
    expect(text).toMatch(/^data\/people\/piet-halden\.json:\d+:\d+: error: "later" is not allowed: .* \(at \/roles\/0\/status\) \[schema\]\n  hint: /m);
    expect(text).toMatch(/\nchecked \d+ articles, .*\n1 error in 1 file\n$/);
  });

  it("json: machine-readable, with the same diagnostics", () => {
    const json = JSON.parse(format(resultWithOneError(), "json"));
    expect(json).toMatchObject({ ok: false, errors: 1, warnings: 0 });
    expect(json.diagnostics[0]).toMatchObject({ file: "data/people/piet-halden.json", rule: "schema", pointer: "/roles/0/status" });
  });

  it("github: workflow annotations, with properties escaped", () => {
    const github = format(resultWithOneError(), "github");
    expect(github).toMatch(/^::error file=data\/people\/piet-halden\.json,line=\d+,col=\d+,title=schema::"later" is not allowed/m);
  });
});

describe("github job summary", () => {
  it("lists every problem in a Markdown table, past the 10 annotations GitHub shows, with cells escaped", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "piet-halden");
    person.roles = Array.from({ length: 12 }, () => ({ asStated: "leader | 100%", status: "later" }));
    writeRecord(data, "people", "piet-halden", person);
    const result = check(root);
    expect(result.diagnostics.length).toBeGreaterThan(10);
    const summary = githubSummary(result);
    const rows = summary.split("\n").filter((l) => l.startsWith("| data/"));
    expect(rows).toHaveLength(result.diagnostics.length);
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(7); // five cells: no "|" breaks one
    expect(summary).toContain(`### iran-cuba-relations check: ${result.diagnostics.length} errors in 1 file`);
  });
});
