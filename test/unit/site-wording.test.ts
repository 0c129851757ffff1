// How the site compares reports (scripts/site/diff.ts, data.ts): words, not punctuation or case; a
// fragment is not another wording; a version is credited to the articles whose quotes hold its words.
import { describe, expect, it } from "vitest";
import { statingArticles } from "../../scripts/site/data.js";
import { overlap, wordDiff, wordsOf } from "../../scripts/site/diff.js";

describe("word differences", () => {
  it("finds none where only punctuation, quote marks or case differ", () => {
    expect(wordsOf("Our cooperation, “in the path” to progress.")).toEqual(wordsOf("our cooperation in the path to progress"));
    expect(wordDiff("Our cooperation, in the path.", "our cooperation in the path").text).not.toMatch(/<ins>|<del>/);
  });

  it("marks the words one wording adds and the words it lacks, showing its own punctuation", () => {
    const out = wordDiff("despair in hegemonic powers.", "despair in imperialists.").text;
    expect(out).toContain("<ins>imperialists.</ins>");
    expect(out).toContain("<del>hegemonic</del>");
    expect(out).toContain("<del>powers.</del>");
    expect(out).toMatch(/^despair in /);
  });

  it("escapes the words it shows", () => {
    expect(wordDiff("a <b>", "a <c>").text).not.toContain("<c>");
  });

  it("tells a fragment of a quote from another wording of it by how many words they share", () => {
    expect(overlap("Your visit to Cuba is meaningful and the proof of common values", "meaningful")).toBeLessThan(0.5);
    expect(overlap("Iran is ready to cooperate with all countries", "Iran is willing to cooperate with all countries")).toBeGreaterThanOrEqual(0.5);
  });
});

describe("who states a version", () => {
  const evidence = [
    { article: "a", quote: "He arrived on Wednesday evening." },
    { article: "b", quote: "A post dated June 15, 2023 says “este jueves”." },
  ];
  it("credits the articles whose quotes hold the entry's words, not those cited only to resolve it", () => {
    expect(statingArticles({ asStated: "on Wednesday evening", evidence })).toEqual(["a"]);
  });
  it("credits every article of the evidence when no quote holds the words, and uses the enclosing evidence when the entry has none", () => {
    expect(statingArticles({ asStated: "Wednesday", evidence: [evidence[1]!] })).toEqual(["b"]);
    expect(statingArticles({ asStated: "arrived" }, evidence as never)).toEqual(["a"]);
  });
});
