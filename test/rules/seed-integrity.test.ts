import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, readRecord, writeRecord } from "../helpers/data-copy.js";

describe("seed-integrity rule", () => {
  itAcceptsTheFixture("seed-integrity");

  it("fails, naming the article and the seed, when a seed changes by one byte", () => {
    const { root, data } = copyOfFixture();
    const seed = join(data, "seeds", "velo-wire.txt");
    const bytes = readFileSync(seed);
    bytes[100] = bytes[100]! ^ 0x01;
    writeFileSync(seed, bytes);
    const result = check(root);
    const found = findings(result, "seed-integrity");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "data/articles/velo-wire.json", pointer: "/sha256" });
    expect(found[0]!.message).toContain("seed velo-wire.txt has SHA-256");
    expect(found[0]!.message).toContain("the source text has changed");
    // Quotes are not traced against an altered text: one cause, one message.
    expect(findings(result, "quote-in-seed")).toEqual([]);
  });

  it("reports a missing seed, and a seed no article claims", () => {
    const { root, data } = copyOfFixture();
    rmSync(join(data, "seeds", "lantern-report.txt"));
    writeFileSync(join(data, "seeds", "new.txt"), "A new source text.");
    const found = findings(check(root), "seed-integrity");
    expect(found.map((d) => [d.file, d.message])).toEqual([
      ["data/articles/lantern-report.json", "seed file seeds/lantern-report.txt does not exist"],
      ["data/seeds/new.txt", "seed new.txt has no article record"],
    ]);
  });

  it("matches the seed of an article that fails the schema, and does not call its seed unclaimed", () => {
    const { root, data } = copyOfFixture();
    const article = readRecord(data, "articles", "velo-wire");
    article.languages[0].tag = "English";
    writeRecord(data, "articles", "velo-wire", article);
    const seed = join(data, "seeds", article.seed);
    const bytes = readFileSync(seed);
    bytes[100] = bytes[100]! ^ 0x01;
    writeFileSync(seed, bytes);
    const result = check(root);
    expect(findings(result, "seed-integrity").map((d) => d.pointer)).toEqual(["/sha256"]);
    expect(result.diagnostics.map((d) => d.rule).sort()).toEqual(["schema", "seed-integrity"]);
  });
});
