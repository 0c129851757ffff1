// add-source through the CLI: every refusal is a usage error (exit 2) naming the path, and the skeleton passes the check.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedName } from "../src/check/add-source.js";
import { copyOfData, readRecord, runCli } from "./helpers/data-copy.js";

const CAPTION_FIRST = "Raisi and Díaz-Canel at the Palace of the Revolution (photo by Cuba Presidency)\n\nHAVANA – Cuban President Miguel Díaz-Canel said on Friday that cooperation with Iran will grow. He thanked the delegation.\n";

function refused(args: string[], root: string, message: RegExp) {
  const run = runCli(["add-source", ...args, "--data", "data"], root);
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe("add-source", () => {
  it("refuses empty, whitespace-only, directory, missing, non-UTF-8 and already-present texts", () => {
    const { root, data } = copyOfData();
    writeFileSync(join(root, "empty.txt"), "");
    refused([join(root, "empty.txt")], root, /empty\.txt is empty/);
    writeFileSync(join(root, "blank.txt"), " \n\t\u00a0\n");
    refused([join(root, "blank.txt")], root, /blank\.txt is only whitespace/);
    mkdirSync(join(root, "folder.txt"));
    refused([join(root, "folder.txt")], root, /folder\.txt is a directory/);
    refused([join(root, "missing.txt")], root, /missing\.txt does not exist/);
    writeFileSync(join(root, "latin1.txt"), Buffer.from([0x48, 0x61, 0x76, 0x61, 0x6e, 0x61, 0x20, 0xe9, 0x74, 0xe9]));
    refused([join(root, "latin1.txt")], root, /latin1\.txt is not valid UTF-8 \(first invalid byte at offset 7\)/);
    const [existing] = readFileSync(join(data, "articles", "raisi-meets-castro-in-havana.json"), "utf8").match(/"seed": "([^"]+)"/)!.slice(1);
    writeFileSync(join(root, "copy.txt"), readFileSync(join(data, "seeds", existing!)));
    refused([join(root, "copy.txt")], root, new RegExp(`byte-identical to the existing seed seeds/${existing!.replace(".", "\\.")} \\(article "raisi-meets-castro-in-havana"\\)`));
  });

  it("writes a skeleton that passes the check, citing the lead rather than a caption line", () => {
    const { root, data } = copyOfData();
    writeFileSync(join(root, "new-text.txt"), CAPTION_FIRST);
    const run = runCli(["add-source", join(root, "new-text.txt"), "--data", "data", "--id", "new-text"], root);
    expect(run.status, run.stderr).toBe(0);
    const article = readRecord(data, "articles", "new-text");
    expect(article.title).toBeUndefined();
    expect(article.evidence[0].quote).toBe("HAVANA – Cuban President Miguel Díaz-Canel said on Friday that cooperation with Iran will grow.");
    const check = runCli(["check", "data"], root);
    expect(check.status, check.stdout).toBe(0);
  });

  it("names a new seed NNN_<first 16 hex digits of its SHA-256>.txt, NNN the next free number", () => {
    const sha = createHash("sha256").update("x").digest("hex");
    expect(seedName([], sha)).toBe(`000_${sha.slice(0, 16)}.txt`);
    expect(seedName(["000_3fb4dc3d91cfac1b.txt", "012_0e01c878315fa4e7.txt", "notes.txt"], sha)).toBe(`013_${sha.slice(0, 16)}.txt`);
    expect(seedName(["999_0000000000000000.txt"], sha)).toBe(`1000_${sha.slice(0, 16)}.txt`);

    const { root, data } = copyOfData();
    const before = readdirSync(join(data, "seeds"));
    const next = Math.max(...before.map((n) => Number(/^(\d+)_/.exec(n)?.[1] ?? -1))) + 1;
    writeFileSync(join(root, "Any Name.txt"), CAPTION_FIRST);
    const run = runCli(["add-source", join(root, "Any Name.txt"), "--data", "data"], root);
    expect(run.status, run.stderr).toBe(0);
    const name = `${String(next).padStart(3, "0")}_${createHash("sha256").update(CAPTION_FIRST).digest("hex").slice(0, 16)}.txt`;
    expect(readdirSync(join(data, "seeds")).filter((n) => !before.includes(n))).toEqual([name]);
    expect(readFileSync(join(data, "seeds", name), "utf8")).toBe(CAPTION_FIRST);
    expect(readRecord(data, "articles", "any-name").seed).toBe(name);
  });

  it("records what the contributor supplies as document metadata, tracing a title the text contains", () => {
    const { root, data } = copyOfData();
    // An outlet named exactly as one organization record names itself is linked to that record.
    const organizations = readdirSync(join(data, "organizations")).map((f) => readRecord(data, "organizations", f.replace(/\.json$/, "")));
    const names = organizations.flatMap((o) => [o.name, ...(o.nameForms ?? [])]);
    const outlet = organizations.find((o) => names.filter((n) => n === o.name).length === 1)!;
    writeFileSync(join(root, "titled.txt"), `Díaz-Canel: “A new stage”\n\n${CAPTION_FIRST}`);
    const run = runCli(["add-source", join(root, "titled.txt"), "--data", "data", "--id", "titled", "--url", "https://example.com/news/ñ 1", "--outlet", outlet.name, "--published", "2023-06", "--retrieved", "2023-06-17", "--title", 'Díaz-Canel: "A new stage"'], root);
    expect(run.status, run.stderr).toBe(0);
    const article = readRecord(data, "articles", "titled");
    expect(article.document).toEqual({ url: "https://example.com/news/%C3%B1%201", outlet: { name: outlet.name, organization: outlet.id }, published: "2023-06", retrieved: "2023-06-17" });
    // The text has the title with curly quotes: the traced title copies the text's exact words.
    expect(article.title).toEqual({ asStated: "Díaz-Canel: “A new stage”", evidence: [{ article: "titled", quote: "Díaz-Canel: “A new stage”" }] });
    expect(Object.keys(article).slice(0, 5)).toEqual(["id", "seed", "sha256", "document", "title"]);

    writeFileSync(join(root, "untitled.txt"), `Another report.\n${CAPTION_FIRST}`);
    const untitled = runCli(["add-source", join(root, "untitled.txt"), "--data", "data", "--id", "untitled", "--outlet", "An Outlet No Record Names", "--title", "A headline only the web page shows"], root);
    expect(untitled.status, untitled.stderr).toBe(0);
    const metadataOnly = readRecord(data, "articles", "untitled");
    expect(metadataOnly.title).toBeUndefined();
    expect(metadataOnly.document).toEqual({ outlet: { name: "An Outlet No Record Names" }, title: "A headline only the web page shows" });

    const check = runCli(["check", "data"], root);
    expect(check.status, check.stdout).toBe(0);
  });

  it("refuses supplied metadata in the wrong form, saying which flag and what is expected", () => {
    const { root } = copyOfData();
    writeFileSync(join(root, "text.txt"), CAPTION_FIRST);
    const text = join(root, "text.txt");
    const seeds = readdirSync(join(root, "data", "seeds")).length;
    refused([text, "--url", "example.com/page"], root, /--url "example\.com\/page" is not an absolute http or https URL/);
    refused([text, "--url", "ftp://example.com/page"], root, /--url "ftp:\/\/example\.com\/page" is not an absolute http or https URL/);
    refused([text, "--url", "https://user:secret@example.com/"], root, /holds a user name or password/);
    refused([text, "--published", "2023-02-29"], root, /--published "2023-02-29" is not a calendar date: expected YYYY-MM-DD, YYYY-MM or YYYY/);
    refused([text, "--retrieved", "16/06/2023"], root, /--retrieved "16\/06\/2023" is not a calendar date/);
    refused([text, "--published", "2023-06-16", "--retrieved", "2023-06-15"], root, /--retrieved 2023-06-15 is before --published 2023-06-16/);
    refused([text, "--published", "9999-01-01"], root, /--published 9999-01-01 is later than today/);
    refused([text, "--outlet", "  "], root, /--outlet is empty/);
    refused([text, "--title"], root, /--title needs a value/);
    const misplaced = runCli(["check", "data", "--url", "https://example.com/"], root);
    expect(misplaced.status).toBe(2);
    expect(misplaced.stderr).toContain("--url is an option of add-source, not of check");
    // Nothing was written by a refused run.
    expect(readdirSync(join(root, "data", "seeds")).length).toBe(seeds);
  });
});
