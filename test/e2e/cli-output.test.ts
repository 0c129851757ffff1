// What the built CLI writes beyond its report, tested as a user runs it: the GitHub job summary the check
// appends, and the line fix prints for an outlet it links. (The reports themselves are tested in process.)
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addSource } from "../../src/check/add-source.js";
import { copyOfFixture, readRecord, repoRoot, runCli, writeRecord } from "../helpers/data-copy.js";

describe("the CLI's side outputs", () => {
  it("is appended to $GITHUB_STEP_SUMMARY by `check --format github`", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "piet-halden");
    person.roles = [{ asStated: "leader", status: "later" }];
    writeRecord(data, "people", "piet-halden", person);
    const file = join(root, "summary.md");
    writeFileSync(file, "earlier step\n");
    const run = spawnSync(process.execPath, [join(repoRoot, "dist/cli.js"), "check", "data", "--format", "github"], { cwd: root, encoding: "utf8", env: { ...process.env, GITHUB_STEP_SUMMARY: file } });
    expect(run.status).toBe(1);
    const written = readFileSync(file, "utf8");
    expect(written.startsWith("earlier step\n")).toBe(true);
    expect(written).toMatch(/\| data\/people\/piet-halden\.json \| \d+:\d+ \| schema \| error: "later" is not allowed/);
  });

  it("fix says which outlet it linked to which organization", () => {
    const { root, data } = copyOfFixture();
    writeFileSync(join(root, "wire.txt"), "Velo Wire Service reports that Anna Berg left Velo on Friday.\n");
    addSource(join(root, "wire.txt"), data, { id: "wire-report", outlet: "Velo Wire Service" });
    writeRecord(data, "organizations", "velo-wire-service", { id: "velo-wire-service", name: "Velo Wire Service", nameForms: ["Velo Wire Service"], kind: "news-agency", status: "existing", evidence: [{ article: "wire-report", quote: "Velo Wire Service reports" }] });
    const fixed = runCli(["fix", "data"], root);
    expect(fixed.status, fixed.stdout).toBe(0);
    expect(fixed.stdout).toContain('data/articles/wire-report.json: outlet "Velo Wire Service" now linked to organization "velo-wire-service"');
  });
});
