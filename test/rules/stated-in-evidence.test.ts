import { describe, expect, it } from "vitest";
import type { RecordFile } from "../../src/dataset/record-file.js";
import type { CheckContext } from "../../src/check/rule.js";
import { statedInEvidence } from "../../src/check/rules/stated-in-evidence.js";
import { expectLinearSteps, units } from "../helpers/search-steps.js";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOf, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("stated-in-evidence rule", () => {
  itAcceptsTheFixture("stated-in-evidence");

  it("reports an asStated text that its evidence does not contain", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    person.roles[0].asStated = "President for life of Norland";
    writeRecord(data, "people", "anna-berg", person);
    const found = findings(check(root), "stated-in-evidence");
    expect(found).toEqual([expect.objectContaining({ file: "data/people/anna-berg.json", pointer: "/roles/0/asStated", ...positionOf(data, "people", "anna-berg", '"President for life of Norland"') })]);
    expect(found[0]!.message).toContain('"President for life of Norland" does not occur in any evidence quote');
  });

  it("uses the nearest enclosing evidence when a value has none of its own", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", "lantern-report");
    article.byline = { asStated: "Berg Signs" }; // in the article's own evidence (its title)
    writeRecord(data, "articles", "lantern-report", article);
    expect(findings(check(root), "stated-in-evidence")).toEqual([]);
    article.byline.asStated = "By Our Correspondent";
    writeRecord(data, "articles", "lantern-report", article);
    expect(findings(check(root), "stated-in-evidence").map((d) => d.pointer)).toEqual(["/byline/asStated"]);
  });

  it("still traces asStated in a record that fails the schema", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    person.roles[0].asStated = "President for life of Norland";
    person.roles[0].status = "past"; // a schema error beside it
    writeRecord(data, "people", "anna-berg", person);
    expect(findings(check(root), "stated-in-evidence").map((d) => d.pointer)).toEqual(["/roles/0/asStated"]);
  });

  it("is linear: twice the asStated strings and quotes (20 000 each) take as many search steps per unit of input, within a tenth, near misses included", () => {
    expectLinearSteps((n, searchSteps) => {
      const strings = [...Array.from({ length: n }, (_, i) => `s${i}`), `q${n - 1}`, "q\u201C1\u201D"];
      const quotes = [...Array.from({ length: n }, (_, i) => `q${i}`), 'q"1"'];
      const value = { variants: strings.map((asStated) => ({ asStated })), evidence: quotes.map((quote) => ({ article: "a", quote })) };
      const reported: { pointer?: string; message: string }[] = [];
      const context = { report: (_: unknown, f: { pointer?: string; message: string }) => reported.push(f), count: () => undefined, searchSteps } as unknown as CheckContext;
      statedInEvidence.checkRecord!({ value } as unknown as RecordFile, context, undefined);
      expect(reported).toHaveLength(n + 1);
      expect(reported.at(-1)).toEqual({ pointer: `/variants/${n + 1}/asStated`, message: expect.stringContaining("differs only in quote style. The quote has: \"q\\\"1\\\"\""), hint: expect.any(String) });
      // Two counted passes, exact and then loose for the strings missed, each over every unit of its strings and
      // quotes: fewer steps would mean a search around the counter. String by string, quote by quote: n times more.
      expect(searchSteps.taken).toBeGreaterThanOrEqual(2 * units([...strings, ...quotes]) - `q${n - 1}`.length);
      expect(searchSteps.taken).toBeLessThanOrEqual(4 * units([...strings, ...quotes]));
      return units([...strings, ...quotes]);
    }, 10_000);
  });
});
