// add-source through the CLI: every refusal is a usage error (exit 2) naming the path, and the skeleton passes the check.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
});
