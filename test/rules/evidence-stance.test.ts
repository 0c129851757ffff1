// The words by which a passage credits another source or hedges are words of that passage. Invented records.
import { describe, expect, it } from "vitest";
import type { CheckContext } from "../../src/check/rule.js";
import type { RecordFile } from "../../src/dataset/record-file.js";
import { evidenceStance } from "../../src/check/rules/evidence-stance.js";
import { rules } from "../../src/check/rules/index.js";

function findings(value: unknown): { pointer?: string; message: string }[] {
  const reported: { pointer?: string; message: string }[] = [];
  const context = { report: (_: unknown, f: { pointer?: string; message: string }) => reported.push(f), count: () => undefined } as unknown as CheckContext;
  evidenceStance.checkRecord!({ value } as unknown as RecordFile, context, undefined);
  return reported;
}

const quote = (evidence: unknown[]) => ({
  id: "berg-bridges",
  variants: [{ asStated: "Trade builds bridges", speech: "direct", language: "en", evidence }],
  evidence: [{ article: "velo-wire", quote: "Trade builds bridges" }],
});

describe("evidence-stance rule", () => {
  it("is one of the checker's rules", () => expect(rules).toContain(evidenceStance));

  it("accepts attribution and hedge words found in their own quote", () => {
    const own = { article: "velo-wire", quote: "“Trade builds bridges,” Berg claimed, according to the Lantern.", attributedTo: { asStated: "according to the Lantern" }, hedge: { asStated: "claimed" } };
    expect(findings(quote([own]))).toEqual([]);
  });

  it("reports words that stand in another item's quote, at the item that carries them", () => {
    const found = findings(
      quote([
        { article: "velo-wire", quote: "“Trade builds bridges,” Berg said.", attributedTo: { asStated: "according to the Lantern" } },
        { article: "velo-wire", quote: "Berg spoke at the port, according to the Lantern." },
      ]),
    );
    expect(found).toEqual([expect.objectContaining({ pointer: "/variants/0/evidence/0/attributedTo/asStated", message: expect.stringContaining("another evidence item's quote") })]);
  });

  it("leaves words found in no quote to stated-in-evidence", () => {
    expect(findings(quote([{ article: "velo-wire", quote: "“Trade builds bridges,” Berg said.", hedge: { asStated: "reportedly" } }]))).toEqual([]);
  });
});
