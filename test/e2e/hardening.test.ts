// Hostile inputs found by fuzzing (issue 12), each a diagnostic with exit 1 or a usage error with exit 2:
// never an internal error, never a hang. Through the built CLI.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { schemaAjv } from "../../scripts/lib/ajv.js";
import { describe, expect, it } from "vitest";
import { formatText } from "../../src/check/format.js";
import { parseJsonWithPositions } from "../../src/check/json-positions.js";
import { listDataset } from "../../src/dataset/listing.js";
import { loadRecord } from "../../src/dataset/record-file.js";
import { MAX_RECORD_DEPTH } from "../../src/shared/depth.js";
import { validatePerson, validatePlace, validateEvent } from "../../src/generated/schema/validate.js";
import { eventSchema, personSchema, placeSchema } from "../../src/zod.js";
import { readSchemaFiles } from "../../scripts/lib/schema-files.js";
import { copyOfFixture, readRecord, repoRoot, runCli, writeRecord } from "../helpers/data-copy.js";

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
const nested = (depth: number) => JSON.parse("[".repeat(depth) + "]".repeat(depth)) as unknown;

describe("nesting deeper than any record", () => {
  it("two equal 7 000-deep arrays in nameForms: one report, exit 1", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    const deep = "[".repeat(7000) + "]".repeat(7000);
    const text = JSON.stringify({ ...person, nameForms: ["@@A@@", "@@B@@"] }, null, 2).replace('"@@A@@"', deep).replace('"@@B@@"', deep);
    writeFileSync(join(data, "people", "anna-berg.json"), text);
    const run = runCli(["check", "data", "--format", "json"], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    const diagnostics = JSON.parse(run.stdout).diagnostics as { file: string; rule: string; message: string; line: number }[];
    const mine = diagnostics.filter((d) => d.file === "data/people/anna-berg.json");
    expect(mine).toEqual([expect.objectContaining({ rule: "readable-json", message: `nested more than ${MAX_RECORD_DEPTH} levels deep`, line: 5, column: 5 + MAX_RECORD_DEPTH - 2 })]);
  });

  it("the validate and zod entries return invalid, saying so, instead of throwing", () => {
    const person = { id: "x", name: "X", nameForms: [nested(7000), nested(7000)], evidence: [{ article: "a", quote: "X" }] };
    const issue = { pointer: "", message: expect.stringContaining("deeper than any record can be") };
    expect(validatePerson(person)).toEqual({ valid: false, issues: [issue] });
    let d5000: unknown = {};
    for (let i = 0; i < 5000; i++) d5000 = { a: d5000 };
    expect(validatePlace({ id: "x", name: d5000 })).toEqual({ valid: false, issues: [issue] });
    const byZod = personSchema.safeParse(person);
    expect(byZod.success).toBe(false);
    expect(byZod.error?.issues[0]?.message).toContain("deeper than any record can be");
    expect(placeSchema.safeParse({ id: "x", name: d5000 }).success).toBe(false);
    // The limit itself: a value just at it is judged by the schema, not refused for its depth.
    expect(validatePerson({ ...person, nameForms: [nested(MAX_RECORD_DEPTH - 2)] }).issues[0]?.message).not.toContain("deeper");
  });
});

describe("calendar dates", () => {
  const ajv = schemaAjv();
  const freshEvent = ajv.getSchema(readSchemaFiles().get("event.schema.json")!.$id as string)!;
  const { data, root } = copyOfFixture();
  const name = readdirSync(join(data, "events")).map((f) => f.slice(0, -5)).find((id) => (readRecord(data, "events", id).date ?? []).length > 0)!;
  const event = readRecord(data, "events", name);
  const withDate = (value: string) => ({ ...event, date: [{ ...event.date[0], value }] });

  it.each(["2023-02-30", "2023-02-29", "2023-04-31", "1900-02-29", "2023-13-01", "2023-06-00"])("%s fails the checker and every validator", (value) => {
    expect(validateEvent(withDate(value)).valid).toBe(false);
    expect(eventSchema.safeParse(withDate(value)).success).toBe(false);
    expect(freshEvent(withDate(value))).toBe(false);
    writeRecord(data, "events", name, withDate(value));
    const run = runCli(["check", "data"], root);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`"${value}" is not in the expected form (at /date/0/value) [schema]`);
  });

  it.each(["2024-02-29", "2000-02-29", "2023-06", "2023", "2023-12-31", "2023-06-30"])("%s passes every validator", (value) => {
    expect(validateEvent(withDate(value)).valid).toBe(true);
    expect(eventSchema.safeParse(withDate(value)).success).toBe(true);
    expect(freshEvent(withDate(value))).toBe(true);
  });
});

describe("positions", () => {
  it("a number literal over 400 characters: positions kept, duplicate key reported, fix rewrites the file", () => {
    const long = `1.${"0".repeat(450)}`;
    const parsed = parseJsonWithPositions(`{"a": ${long}, "b": 2, "b": 3}`);
    expect(parsed.value).toEqual({ a: 1, b: 3 });
    expect(parsed.issues.map((i) => i.kind)).toEqual(["duplicate-key"]);
    expect(parsed.keyOffsets.get("/b")).toBe(6 + long.length + 2);

    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    const canonical = JSON.stringify(person, null, 2) + "\n";
    const age = `"value": ${person.statedAge[0].value},`;
    const withLong = canonical.replace(age, `"value": ${person.statedAge[0].value}.${"0".repeat(450)},`);
    writeFileSync(join(data, "people", "anna-berg.json"), withLong.replace('"name": "Anna Berg",', '"name": "Anna Berg",\n  "name": "Anna Berg",'));
    const run = runCli(["check", "data"], root);
    expect(run.stdout).toMatch(/^data\/people\/anna-berg\.json:4:3: error: duplicate key "name"/m);
    writeFileSync(join(data, "people", "anna-berg.json"), withLong);
    const fixed = runCli(["fix", "data"], root);
    expect(fixed.stdout).toContain("fixed data/people/anna-berg.json");
    expect(readFileSync(join(data, "people", "anna-berg.json"), "utf8")).toBe(canonical);
  });

  it("invalid UTF-8 is reported at the bad byte, not at an earlier legitimate U+FFFD", () => {
    const { root, data } = copyOfFixture();
    const bytes = Buffer.concat([Buffer.from('{\n  "id": "bad",\n  "name": "\uFFFD ok",\n  "note": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"\n}\n')]);
    writeFileSync(join(data, "people", "bad.json"), bytes);
    const run = runCli(["check", "data"], root);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^data\/people\/bad\.json:4:12: error: file is not valid UTF-8/m);
  });
});

describe("the command line", () => {
  it("-- ends the options", () => {
    const { root } = copyOfFixture();
    const run = runCli(["check", "--format", "json", "--", "data"], root);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).ok).toBe(true);
    const dashed = runCli(["check", "--", "--not-an-option"], root);
    expect(dashed.status).toBe(2);
    expect(dashed.stderr).toContain("--not-an-option is not a directory");
  });

  it("text reports show control and bidi characters in file names escaped, one diagnostic per line", () => {
    const file = "data/people/evil\n\u202Etxt.json";
    const text = formatText({ diagnostics: [{ file, line: 1, column: 1, severity: "error", rule: "schema", message: `${file} is\u2066 odd` }], summary: { records: {} as never, seeds: 0 }, counts: {} });
    expect(text.split("\n")[0]).toBe("data/people/evil\\u{000A}\\u{202E}txt.json:1:1: error: data/people/evil\\u{000A}\\u{202E}txt.json is\\u{2066} odd [schema]");
    expect(text).not.toMatch(/[\u202E\u2066]/);
    const { root, data } = copyOfFixture();
    writeFileSync(join(data, "people", "evil\n\u202Ename.txt"), "x");
    const run = runCli(["check", "data"], root);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("data/people/evil\\u{000A}\\u{202E}name.txt:1:1: error: evil\\u{000A}\\u{202E}name.txt is not a .json file");
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe("files and folders that cannot be read", () => {
  // Tests run as root, whom chmod 000 does not stop: the CLI runs as the unprivileged user `nobody`
  // (runuser), for whom the permissions are real. The copy is made readable to nobody first, and so is the
  // built CLI: a checkout in a private folder (mktemp -d) is not.
  let cli = "";
  const builtCli = () => {
    if (cli) return cli;
    const dir = mkdtempSync(join(tmpdir(), "icr-cli-"));
    cpSync(join(repoRoot, "dist"), join(dir, "dist"), { recursive: true });
    execFileSync("chmod", ["-R", "a+rX", dir]);
    return (cli = join(dir, "dist/cli.js"));
  };
  const asNobody = (args: string[], cwd: string) => {
    const child = spawnSync("runuser", ["-u", "nobody", "--", process.execPath, builtCli(), ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
    return { status: child.status, stdout: child.stdout, stderr: child.stderr };
  };
  const readableCopy = () => {
    const copy = copyOfFixture();
    chmodSync(copy.root, 0o755);
    execFileSync("chmod", ["-R", "a+rX", copy.root]);
    return copy;
  };

  it("an unreadable record and an unreadable seed are diagnostics naming the file, exit 1", () => {
    const { root, data } = readableCopy();
    chmodSync(join(data, "people", "anna-berg.json"), 0);
    const seed = readdirSync(join(data, "seeds"))[0]!;
    chmodSync(join(data, "seeds", seed), 0);
    const run = asNobody(["check", "data"], root);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^data\/people\/anna-berg\.json:1:1: error: anna-berg\.json could not be read \(EACCES\)/m);
    expect(run.stdout).toContain(`seed ${seed} cannot be read: it could not be read (EACCES)`);
  });

  it("an unreadable collection folder, an unreadable data directory and a collection that is a file are diagnostics, exit 1", () => {
    const { root, data } = readableCopy();
    chmodSync(join(data, "quotes"), 0);
    rmSync(join(data, "events"), { recursive: true });
    writeFileSync(join(data, "events"), "not a folder\n");
    const run = asNobody(["check", "data"], root);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^data\/quotes:1:1: error: quotes is a folder that cannot be read \(EACCES\)/m);
    expect(run.stdout).toMatch(/^data\/events:1:1: error: events is a file where a folder belongs/m);
    chmodSync(data, 0);
    const closed = asNobody(["check", "data"], root);
    expect(closed.status).toBe(1);
    expect(closed.stdout).toMatch(/^data\/articles:1:1: error: articles is a folder that cannot be read \(EACCES\)/m);
  });

  it("an empty directory, or one that is not a dataset such as /proc, is a usage error (exit 2)", () => {
    const { root } = copyOfFixture();
    mkdirSync(join(root, "empty"));
    for (const dir of ["empty", "/proc"]) {
      const run = runCli(["check", dir], root);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`${dir} is not a data directory: it holds none of articles/`);
      expect(run.stdout).toBe("");
    }
  });

  it("a record replaced by a FIFO after the listing is refused without blocking", () => {
    const { root, data } = copyOfFixture();
    const listing = listDataset(join(root, "data"), root);
    const entry = listing.records.find((e) => e.collection === "people" && e.name === "anna-berg")!;
    rmSync(join(data, "people", "anna-berg.json"));
    execFileSync("mkfifo", [join(data, "people", "anna-berg.json")]);
    const record = loadRecord(listing, entry); // the listing still says "file"
    expect(record.problem?.message).toContain("is not a regular file (it changed since the directory was listed)");
    const run = runCli(["check", "data"], root);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^data\/people\/anna-berg\.json:1:1: error: anna-berg\.json is not a regular file/m);
  });
});

describe("exact duplicates in arrays of objects", () => {
  it("a repeated evidence item, role or stated age is rejected by the checker and by every validator", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "anna-berg");
    for (const key of ["evidence", "roles", "statedAge"]) {
      const copy = structuredClone(person);
      copy[key] = [...copy[key], structuredClone(copy[key][0])];
      expect(validatePerson(copy).valid, key).toBe(false);
      expect(validatePerson(copy).issues[0]?.message, key).toContain("items must be unique");
      expect(personSchema.safeParse(copy).success, key).toBe(false);
      writeRecord(data, "people", "anna-berg", copy);
      const run = runCli(["check", "data"], root);
      expect(run.status, key).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`repeats item 0: items must be unique \\(at /${key}/${copy[key].length - 1}\\) \\[schema\\]`));
    }
  });
});
