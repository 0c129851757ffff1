// Evidence that only resolves a value (the date a weekday counts from) stands beside a derived value, never
// alone, and never holds the value's words alone. Invented records, checked by the rule directly.
import { describe, expect, it } from "vitest";
import type { CheckContext } from "../../src/check/rule.js";
import type { RecordFile } from "../../src/dataset/record-file.js";
import { resolvingEvidence } from "../../src/check/rules/resolving-evidence.js";
import { rules } from "../../src/check/rules/index.js";

function findings(value: unknown): { pointer?: string; message: string }[] {
  const reported: { pointer?: string; message: string }[] = [];
  const context = { report: (_: unknown, f: { pointer?: string; message: string }) => reported.push(f), count: () => undefined } as unknown as CheckContext;
  resolvingEvidence.checkRecord!({ value } as unknown as RecordFile, context, undefined);
  return reported;
}

const saturday = (evidence: unknown[], extra: Record<string, unknown> = {}) => ({
  id: "berg-visit",
  date: [{ value: "2031-06-14", asStated: "on Saturday", derivation: "weekday", note: "Saturday before the dated report.", ...extra, evidence }],
  evidence: [{ article: "velo-wire", quote: "Berg arrived on Saturday." }],
});

describe("resolving-evidence rule", () => {
  it("is one of the checker's rules", () => expect(rules).toContain(resolvingEvidence));

  it("accepts a derived date stated by one article and resolved by another", () => {
    expect(findings(saturday([{ article: "velo-wire", quote: "Berg arrived on Saturday." }, { article: "lantern-report", quote: "14 June 2031", resolves: true }]))).toEqual([]);
  });

  it("reports a value whose every evidence item only resolves it", () => {
    const found = findings(saturday([{ article: "lantern-report", quote: "arrived on Saturday, 14 June 2031", resolves: true }]));
    expect(found.map((f) => f.pointer)).toContain("/date/0/evidence");
    expect(found.find((f) => f.pointer === "/date/0/evidence")!.message).toContain("no article states it");
  });

  it("reports resolving evidence beside a value stated outright, or one with no derivation", () => {
    const stated = findings(saturday([{ article: "velo-wire", quote: "Berg arrived on Saturday." }, { article: "lantern-report", quote: "14 June 2031", resolves: true }], { derivation: "stated" }));
    expect(stated).toEqual([expect.objectContaining({ pointer: "/date/0/evidence/1/resolves", message: expect.stringContaining('whose derivation is "stated"') })]);
    const role = { id: "berg", roles: [{ asStated: "envoy", status: "current", evidence: [{ article: "velo-wire", quote: "the envoy" }, { article: "lantern-report", quote: "2031", resolves: true }] }], evidence: [] };
    expect(findings(role)).toEqual([expect.objectContaining({ pointer: "/roles/0/evidence/1/resolves", message: expect.stringContaining("has no derivation") })]);
  });

  it("reports words that only resolving evidence holds, also for a part of the value without evidence of its own", () => {
    const words = findings(saturday([{ article: "velo-wire", quote: "Berg arrived." }, { article: "lantern-report", quote: "Berg arrived on Saturday.", resolves: true }]));
    expect(words).toEqual([expect.objectContaining({ pointer: "/date/0/asStated", message: expect.stringContaining("occurs only in evidence that resolves") })]);
    const nested = findings(saturday([{ article: "velo-wire", quote: "Berg arrived on Saturday." }, { article: "lantern-report", quote: "in the evening of 14 June 2031", resolves: true }], { timeOfDay: { value: "evening", asStated: "in the evening" } }));
    expect(nested.map((f) => f.pointer)).toEqual(["/date/0/timeOfDay/asStated"]);
  });
});
