import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, copyOfData, findings, itAcceptsTheRealData } from "../helpers/data-copy.js";

describe("seed-integrity rule", () => {
  itAcceptsTheRealData("seed-integrity");

  it("fails, naming the article and the seed, when a seed changes by one byte", () => {
    const { root, data } = copyOfData();
    const seed = join(data, "seeds", "003_0e01c878315fa4e7.txt");
    const bytes = readFileSync(seed);
    bytes[100] = bytes[100]! ^ 0x01;
    writeFileSync(seed, bytes);
    const result = check(root);
    const found = findings(result, "seed-integrity");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "data/articles/raisi-vows-to-confront-us-in-havanna.json", pointer: "/sha256" });
    expect(found[0]!.message).toContain("seed 003_0e01c878315fa4e7.txt has SHA-256");
    expect(found[0]!.message).toContain("the source text has changed");
    // Quotes are not traced against an altered text: one cause, one message.
    expect(findings(result, "quote-in-seed")).toEqual([]);
  });

  it("reports a missing seed, and a seed no article claims", () => {
    const { root, data } = copyOfData();
    rmSync(join(data, "seeds", "004_faa8aecda8797ede.txt"));
    writeFileSync(join(data, "seeds", "005_new.txt"), "A new source text.");
    const found = findings(check(root), "seed-integrity");
    expect(found.map((d) => [d.file, d.message])).toEqual([
      ["data/articles/raisi-receives-cuban-ambassador-credentials.json", "seed file seeds/004_faa8aecda8797ede.txt does not exist"],
      ["data/seeds/005_new.txt", "seed 005_new.txt has no article record"],
    ]);
  });

  it("matches the seed of an article that fails the schema, and does not call its seed unclaimed", () => {
    const { root, data } = copyOfData();
    const article = JSON.parse(readFileSync(join(data, "articles", "raisi-vows-to-confront-us-in-havanna.json"), "utf8"));
    article.languages[0].tag = "English";
    writeFileSync(join(data, "articles", "raisi-vows-to-confront-us-in-havanna.json"), JSON.stringify(article, null, 2) + "\n");
    const seed = join(data, "seeds", article.seed);
    const bytes = readFileSync(seed);
    bytes[100] = bytes[100]! ^ 0x01;
    writeFileSync(seed, bytes);
    const result = check(root);
    expect(findings(result, "seed-integrity").map((d) => d.pointer)).toEqual(["/sha256"]);
    expect(result.diagnostics.map((d) => d.rule).sort()).toEqual(["schema", "seed-integrity"]);
  });
});
