// A second, independent implementation: Python's jsonschema over schema/ must give ajv's verdict on every
// real record and on value mutants of them (see docs/fuzzing.md, "Interop notes", for what cannot agree).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collections } from "../../src/shared/collections.js";
import { freshAjv, verdict, realRecords, repoRoot } from "../fuzz/properties.js";
import { mutateText, rng } from "../fuzz/mutate.js";

/** /usr/bin/python3 if it has jsonschema, else python3 on PATH; never skipped. */
function python(): string {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    if (spawnSync(candidate, ["-c", "import jsonschema"]).status === 0) return candidate;
  }
  throw new Error("no python3 with jsonschema: apt-get install python3-jsonschema");
}

describe("Python jsonschema agrees with ajv", () => {
  it("on every real record and on 600 mutants", () => {
    const ajv = freshAjv();
    const jobs: { label: string; collection: keyof typeof collections; text: string }[] = [];
    for (const { collection, name, bytes } of realRecords()) jobs.push({ label: `${collection}/${name}`, collection, text: bytes.toString("utf8") });
    const records = realRecords();
    for (let i = 0; i < 600; i++) {
      const r = rng(4200 + i);
      const { collection, bytes } = records[Math.floor(r() * records.length)]!;
      jobs.push({ label: `mutant seed ${4200 + i}`, collection, text: mutateText(r, JSON.parse(bytes.toString("utf8"))) });
    }
    const out = spawnSync(python(), [join(repoRoot, "test/fuzz/jsonschema_verdicts.py"), join(repoRoot, "schema")], {
      input: jobs.map((j) => JSON.stringify({ schema: collections[j.collection].schema, text: j.text })).join("\n") + "\n",
      encoding: "utf8", maxBuffer: 1 << 28,
    });
    expect(out.stderr).toBe("");
    const verdicts = out.stdout.trim().split("\n");
    expect(verdicts).toHaveLength(jobs.length);
    const disagreements = jobs.flatMap((j, i) => {
      if (verdicts[i] === "too-deep") return []; // interop note: Python cannot follow values nested past its recursion limit
      const mine = verdict(() => ajv[j.collection](JSON.parse(j.text)));
      return mine === verdicts[i] ? [] : [`${j.label}: ajv ${mine}, python ${verdicts[i]}: ${j.text.slice(0, 200)}`];
    });
    expect(disagreements).toEqual([]);
    expect(verdicts.filter((v) => v === "invalid").length).toBeGreaterThan(100);
  }, 60_000);

  it("on the interop edge cases the schemas were written to settle", () => {
    // A trailing newline after an id (Python's `$` matches before it) and a non-finite number.
    const ajv = freshAjv();
    const person = JSON.parse(realRecords().find((r) => r.collection === "people")!.bytes.toString("utf8"));
    const cases = [{ ...person, id: `${person.id}\n` }];
    const out = spawnSync(python(), [join(repoRoot, "test/fuzz/jsonschema_verdicts.py"), join(repoRoot, "schema")], {
      input: cases.map((c) => JSON.stringify({ schema: "person.schema.json", text: JSON.stringify(c) })).join("\n") + "\n", encoding: "utf8",
    });
    expect(out.stdout.trim().split("\n")).toEqual(cases.map((c) => (ajv.people(c) ? "valid" : "invalid")));
  });

  it("on an article's supplied document metadata, which the real records do not use", () => {
    const ajv = freshAjv();
    const article = JSON.parse(realRecords().find((r) => r.collection === "articles")!.bytes.toString("utf8"));
    const documents = [
      { url: "https://example.com/news/2023/06/16/a%C3%B1o?x=1#top" },
      { url: "http://example.com:8080" },
      { url: "https://example.com/x\n" },
      { url: "https://example.com/a b" },
      { url: "https://exämple.com/" },
      { url: "ftp://example.com/" },
      { url: "example.com/page" },
      { outlet: { name: "An Outlet", organization: "an-outlet" }, published: "2023-06", retrieved: "2024-02-29", title: "A title" },
      { published: "2023-02-29" },
      { outlet: {} },
      {},
    ];
    const cases = documents.map((document) => ({ ...article, document }));
    const out = spawnSync(python(), [join(repoRoot, "test/fuzz/jsonschema_verdicts.py"), join(repoRoot, "schema")], {
      input: cases.map((c) => JSON.stringify({ schema: "article.schema.json", text: JSON.stringify(c) })).join("\n") + "\n", encoding: "utf8",
    });
    const verdicts = cases.map((c) => (ajv.articles(c) ? "valid" : "invalid"));
    expect(verdicts).toEqual(["valid", "valid", "invalid", "invalid", "invalid", "invalid", "invalid", "valid", "invalid", "invalid", "invalid"]);
    expect(out.stdout.trim().split("\n")).toEqual(verdicts);
  });
});
