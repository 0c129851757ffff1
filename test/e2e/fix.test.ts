// fix repairs every verbatim string that misses only by whitespace, quote or dash style — evidence
// quotes, asStated strings, name forms — when exactly one exact text matches; otherwise the check says
// what to change, showing the exact texts, and fix leaves the choice to the contributor.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addSource } from "../../src/check/add-source.js";
import { fixDirectory } from "../../src/check/index.js";
import { check, copyOfFixture, findings, readRecord, runCli, writeRecord } from "../helpers/data-copy.js";

describe("fix and the messages for verbatim strings", () => {
  it("repairs an asStated and a name form that its evidence holds with other whitespace", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    const formAt = person.nameForms.findIndex((f: string) => f.includes(" ") && !person.nameForms.includes(f.replace(" ", "\u00a0")));
    const form: string = person.nameForms[formAt];
    const age = person.statedAge.find((a: { asStated: string }) => a.asStated.includes(" "));
    const stated: string = age.asStated;
    person.nameForms[formAt] = form.replace(" ", "\u00a0");
    age.asStated = stated.replace(" ", "  ");
    writeRecord(data, "people", "anna-berg", person);

    const before = check(root);
    const [nameForm] = findings(before, "name-forms-in-evidence");
    expect(nameForm!.message).toContain(`The quote has: ${JSON.stringify(form)}`);
    expect(nameForm!.hint).toContain("fix` does it for you");
    const [asStated] = findings(before, "stated-in-evidence");
    expect(asStated!.message).toBe(`${JSON.stringify(stated.replace(" ", "  "))} is not in its evidence exactly: it differs only in whitespace. The quote has: ${JSON.stringify(stated)}`);
    expect(asStated!.hint).not.toContain("add evidence");

    const fixed = fixDirectory(data, { cwd: root });
    expect(fixed.verbatim.map(({ pointer, to }) => ({ pointer, to })).sort((a, b) => a.pointer.localeCompare(b.pointer))).toEqual(
      [{ pointer: `/nameForms/${formAt}`, to: form }, { pointer: `/statedAge/${person.statedAge.indexOf(age)}/asStated`, to: stated }].sort((a, b) => a.pointer.localeCompare(b.pointer)),
    );
    const after = readRecord(data, "people", "anna-berg");
    expect(after.nameForms[formAt]).toBe(form);
    expect(after.statedAge[person.statedAge.indexOf(age)].asStated).toBe(stated);
    expect(check(root).diagnostics).toEqual([]);
  });

  it("leaves a name form alone when the exact form is listed already, and says to remove it", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    const form: string = person.nameForms.find((f: string) => f.includes(" "));
    person.nameForms.push(form.replace(" ", "\u00a0"));
    writeRecord(data, "people", "anna-berg", person);
    const [found] = findings(check(root), "name-forms-in-evidence");
    expect(found!.message).toContain("which is already a name form of this record");
    expect(found!.hint).toBe("remove this name form: the exact one is listed");
    expect(fixDirectory(data, { cwd: root }).verbatim).toEqual([]);
  });

  it("repairs a dash, and lists every passage when several match, changing none", () => {
    const { root, data } = copyOfFixture();
    writeFileSync(join(root, "fixture.txt"), "HAVANA – The visit went ahead. Reporters wrote “Staff” and «Staff» beside it.\n");
    addSource(join(root, "fixture.txt"), data, { id: "fix-fixture" });
    const article = readRecord(data, "articles", "fix-fixture");
    article.languages[0].tag = "en";
    article.dateline = { asStated: "HAVANA -", evidence: [{ article: "fix-fixture", quote: "HAVANA – The visit went ahead." }] };
    article.byline = { asStated: '"Staff"', evidence: [{ article: "fix-fixture", quote: "Reporters wrote “Staff” and «Staff» beside it." }] };
    writeRecord(data, "articles", "fix-fixture", article);

    const found = findings(check(root), "stated-in-evidence");
    expect(found.map((d) => d.pointer).sort()).toEqual(["/byline/asStated", "/dateline/asStated"]);
    const byline = found.find((d) => d.pointer === "/byline/asStated")!;
    expect(byline.message).toBe('"\\"Staff\\"" is not in its evidence exactly: it differs only in whitespace, quote or dash style from 2 different passages: "“Staff”", "«Staff»"');
    expect(byline.hint).toContain("fix cannot choose");

    const fixed = fixDirectory(data, { cwd: root });
    expect(fixed.verbatim.map((v) => [v.pointer, v.to])).toEqual([["/dateline/asStated", "HAVANA –"]]);
    const after = readRecord(data, "articles", "fix-fixture");
    expect(after.dateline.asStated).toBe("HAVANA –");
    expect(after.byline.asStated).toBe('"Staff"');
    expect(findings(check(root), "stated-in-evidence").map((d) => d.pointer)).toEqual(["/byline/asStated"]);
  });

  it("leaves an evidence quote alone when the seed holds several texts it matches loosely", () => {
    const { root, data } = copyOfFixture();
    writeFileSync(join(root, "fixture.txt"), "HAVANA – The visit went ahead. Reporters wrote “Staff” and «Staff» beside it.\n");
    addSource(join(root, "fixture.txt"), data, { id: "fix-fixture" });
    const article = readRecord(data, "articles", "fix-fixture");
    article.evidence.push({ article: "fix-fixture", quote: '"Staff"' }, { article: "fix-fixture", quote: "HAVANA - The visit" });
    writeRecord(data, "articles", "fix-fixture", article);
    const found = findings(check(root), "quote-in-seed");
    expect(found.map((d) => d.message)).toEqual([
      'quote not found exactly in the seed of "fix-fixture": it differs only in whitespace, quote or dash style from 2 different passages: "“Staff”", "«Staff»"',
      'quote not found exactly in the seed of "fix-fixture": it differs only in dash style. The source has: "HAVANA – The visit"',
    ]);
    expect(fixDirectory(data, { cwd: root }).quotes.map((q) => q.to)).toEqual(["HAVANA – The visit"]);
  });

  it("says, through the CLI, which asStated it copied and what it copied", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    const age = person.statedAge.find((a: { asStated: string }) => a.asStated.includes(" "));
    const stated: string = age.asStated;
    age.asStated = stated.replace(" ", "\u00a0");
    writeRecord(data, "people", "anna-berg", person);
    const fixed = runCli(["fix", "data"], root);
    expect(fixed.status, fixed.stdout).toBe(0);
    expect(fixed.stdout).toContain(`data/people/anna-berg.json: /statedAge/${person.statedAge.indexOf(age)}/asStated now copies its evidence exactly: ${JSON.stringify(stated)}`);
    expect(runCli(["check", "data"], root).status).toBe(0);
  });
});
