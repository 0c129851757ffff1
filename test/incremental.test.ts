// The incremental checks (`check --changed <ref>`, `check --cache`) report what the full check reports,
// byte for byte: a seeded series of random edits to a synthetic dataset in a git repository compares the
// three after every edit, in every format. Then the parts: which records are re-checked, what invalidates
// the cache, what a damaged cache does, and the command line's usage errors.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../scripts/bench/generate-dataset.js";
import { rng } from "../scripts/lib/random.js";
import { canonicalText } from "../src/check/canonical.js";
import { cacheKey, checkerIdentity, checkWithCache, readCache } from "../src/check/cache.js";
import { checkChangedSince, gitChanges } from "../src/check/git-changes.js";
import { checkDirectory, format, formats } from "../src/check/index.js";
import { dependenciesOf, recordsToRecheck, type Change } from "../src/check/incremental.js";
import { RecordFile, type RecordEntry } from "../src/check/dataset.js";
import { referencesIn } from "../src/check/schema-lookup.js";
import { collectionNames, collections, type CollectionName } from "../src/collections.js";
import { datasetSchema } from "../src/generated/dataset-schema.js";
import { repoRoot } from "./helpers/data-copy.js";

const git = (root: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], { cwd: root, encoding: "utf8" }).trim();

/** A git repository whose first commit is a clean synthetic dataset in data/; returns its root and that commit. */
function repository(records = 300, seed = 5): { root: string; data: string; base: string } {
  const root = mkdtempSync(join(tmpdir(), "icr-incremental-"));
  const data = join(root, "data");
  generateDataset({ records, seeds: 3, out: data, seed });
  git(root, "init", "-q");
  git(root, "add", "-A");
  git(root, "commit", "-q", "-m", "base");
  return { root, data, base: git(root, "rev-parse", "HEAD") };
}

const key = (root: string, version = "test") => cacheKey({ version, code: "test", schema: datasetSchema, dir: join(root, "data"), cwd: root });

function cached(root: string, options: { version?: string; warnings?: string[]; racyMs?: number } = {}) {
  return checkWithCache(join(root, "data"), {
    file: join(root, "cache.json"),
    key: key(root, options.version),
    cwd: root,
    warn: (m) => options.warnings?.push(m),
    racyMs: options.racyMs,
  });
}

const full = (root: string) => checkDirectory(join(root, "data"), { cwd: root });

function records(data: string): { collection: CollectionName; name: string }[] {
  return collectionNames.flatMap((collection) =>
    existsSync(join(data, collection)) ? readdirSync(join(data, collection)).filter((f) => f.endsWith(".json")).map((f) => ({ collection, name: f.slice(0, -5) })) : [],
  );
}

/** Sets the value at a JSON pointer (every step but the last exists). */
function setAt(value: any, pointer: string, to: unknown): void {
  const steps = pointer.split("/").slice(1);
  let node = value;
  for (const step of steps.slice(0, -1)) node = node[step];
  node[steps[steps.length - 1]!] = to;
}

describe("incremental checks give the full check's report", () => {
  it("after each of a seeded series of random edits, for --changed <base> and --cache, in every format", async () => {
    const { root, data, base } = repository();
    try {
      expect(full(root).diagnostics).toEqual([]); // --changed takes the base to be clean: it is
      expect(cached(root).rechecked).toBe(300); // the cache starts cold
      const random = rng(16);
      // An edit with nothing to pick from (every article deleted...) is skipped; the step still compares.
      class Skip extends Error {}
      const pick = <T>(list: readonly T[]): T => {
        if (list.length === 0) throw new Skip();
        return list[Math.floor(random() * list.length)]!;
      };
      const path = (r: { collection: string; name: string }) => join(data, r.collection, `${r.name}.json`);
      const read = (r: { collection: string; name: string }): any => JSON.parse(readFileSync(path(r), "utf8"));
      const write = (r: { collection: CollectionName; name: string }, value: unknown) => writeFileSync(path(r), canonicalText(r.collection, value));
      const parses = (r: { collection: string; name: string }) => {
        try {
          read(r);
          return true;
        } catch {
          return false;
        }
      };
      const withEvidence = () => pick(records(data).filter((r) => r.collection !== "articles" && parses(r) && Array.isArray(read(r).evidence)));
      /** The first evidence of a record with evidence, and the article it cites (skipped when that is gone or broken). */
      const citedPassage = () => {
        const { article, quote } = read(withEvidence()).evidence[0];
        const a = { collection: "articles" as const, name: article as string };
        if (!existsSync(path(a)) || !parses(a)) throw new Skip();
        return { a, article, quote };
      };
      const edits: Record<string, () => void | Promise<void>> = {
        "break a quote": () => {
          const r = withEvidence();
          const value = read(r);
          value.evidence[0].quote += " (not in the source)";
          write(r, value);
        },
        "change a record validly": () => {
          const r = withEvidence();
          const value = read(r);
          value.evidence[0].quote = value.evidence[0].quote.slice(0, -1); // still a substring of the seed
          write(r, value);
        },
        "break a reference": () => {
          const r = pick(records(data).filter((x) => parses(x) && referencesIn(x.collection, read(x)).length > 0));
          const value = read(r);
          const ref = pick(referencesIn(r.collection, value));
          setAt(value, ref.pointer, `${ref.id}-gone`);
          write(r, value);
        },
        "point a reference at another record": () => {
          const r = pick(records(data).filter((x) => parses(x) && referencesIn(x.collection, read(x)).length > 0));
          const value = read(r);
          const ref = pick(referencesIn(r.collection, value));
          setAt(value, ref.pointer, pick(records(data).filter((x) => x.collection === ref.collection)).name);
          write(r, value);
        },
        "delete a record": () => rmSync(path(pick(records(data).filter((r) => r.collection !== "articles")))),
        "delete an article": () => rmSync(path(pick(records(data).filter((r) => r.collection === "articles")))),
        "rename a record": () => {
          const r = pick(records(data));
          const to = { collection: r.collection, name: `${r.name}-renamed` };
          renameSync(path(r), path(to));
          if (random() < 0.5 && parses(to)) write(to, { ...read(to), id: to.name });
        },
        "add a record": () => {
          const r = pick(records(data).filter(parses));
          const to = { collection: r.collection, name: `${r.name}-copy${Math.floor(random() * 1000)}` };
          write(to, { ...read(r), id: to.name });
        },
        "add a copy that keeps the copied id": () => {
          // A duplicate id, and an id that is not the file name.
          const r = pick(records(data).filter(parses));
          write({ collection: r.collection, name: `${r.name}-copy${Math.floor(random() * 1000)}` }, read(r));
        },
        "edit a seed": () => appendFileSync(join(data, "seeds", pick(readdirSync(join(data, "seeds")))), " "),
        // Captions, repeated passages and non-content spans decide, from the article and its seed, what
        // other records' quotes mean: each edit changes the article (or seed) a record's quote cites.
        "record a cited passage as a caption": () => {
          const { a, article, quote } = citedPassage();
          const value = read(a);
          value.captions = [...(value.captions ?? []), { asStated: quote, evidence: [{ article, quote, from: "caption" }] }];
          write(a, value);
        },
        "repeat a cited passage in its seed, hash updated": () => {
          const { a, quote } = citedPassage();
          const seed = join(data, "seeds", String(read(a).seed));
          if (!existsSync(seed)) return;
          appendFileSync(seed, `\n${quote}\n`);
          write(a, { ...read(a), sha256: createHash("sha256").update(readFileSync(seed)).digest("hex") });
        },
        "mark a cited span non-content": () => {
          const { a, quote } = citedPassage();
          const value = read(a);
          value.nonContent = [...(value.nonContent ?? []), { kind: pick(["footer", "reader-comment"]), quote }];
          write(a, value);
        },
        "break the JSON of a record": () => writeFileSync(path(pick(records(data))), '{ "id": "broken", }\n'),
        "reformat a record": () => {
          const r = pick(records(data).filter(parses));
          writeFileSync(path(r), JSON.stringify(read(r), null, 4));
        },
        "add a stray file": () => writeFileSync(join(data, pick(collectionNames), `notes-${Math.floor(random() * 10)}.txt`), "stray\n"),
        "touch a file without changing it": () => {
          const r = pick(records(data));
          const later = new Date(Date.now() + 5000);
          utimesSync(path(r), later, later);
        },
        "restore a file from the base": async () => {
          const { deleted, changed, added } = await gitChanges(data, base);
          const all = [...deleted, ...changed];
          if (all.length === 0) return;
          const file = pick(all);
          if (added.includes(file)) rmSync(join(data, file));
          else git(root, "checkout", base, "--", join("data", file));
        },
        // A broken reference's hint is picked among the ids: adding or removing one can change it.
        "add the record a broken reference names": () => {
          const d = pick(last.diagnostics.filter((x) => x.rule === "references"));
          const [, singular, id] = /^unknown (\S+) "([^"]+)"/.exec(d?.message ?? "") ?? [];
          const collection = collectionNames.find((c) => collections[c].singular === singular);
          const source = collection && records(data).find((r) => r.collection === collection && parses(r));
          if (source && id) write({ collection: collection!, name: id }, { ...read(source), id });
        },
        "delete the record a hint suggests": () => {
          const d = pick(last.diagnostics.filter((x) => x.rule === "references" && x.hint?.startsWith("did you mean")));
          const suggested = /"([^"]+)"/.exec(d?.hint ?? "")?.[1];
          const target = records(data).find((r) => r.name === suggested);
          if (target) rmSync(path(target));
        },
        // Whether a seed matches its article decides whether the quotes citing it are traced at all.
        "edit or restore the seed a broken quote cites": async () => {
          const d = pick(last.diagnostics.filter((x) => x.rule === "quote-in-seed" || x.rule === "non-content"));
          const article = /of "([^"]+)"/.exec(d.message)?.[1];
          const a = { collection: "articles" as const, name: article ?? "" };
          if (!existsSync(path(a)) || !parses(a)) return;
          const seed = join("data", "seeds", read(a).seed);
          if ((await gitChanges(data, base)).changed.includes(join("seeds", read(a).seed))) git(root, "checkout", base, "--", seed);
          else appendFileSync(join(root, seed), " ");
        },
        "commit what is there": () => {
          git(root, "add", "-A");
          git(root, "commit", "-q", "--allow-empty", "-m", "work");
        },
      };
      let last = full(root);
      const seen = new Set<string>();
      // Every kind of edit once, in a random order, then random ones.
      const names = Object.keys(edits).sort(() => random() - 0.5);
      for (let step = 0; step < 60; step++) {
        const name = names[step] ?? pick(Object.keys(edits));
        try {
          await edits[name]!();
        } catch (error) {
          if (!(error instanceof Skip)) throw error;
        }
        const expected = (last = full(root));
        const changed = await checkChangedSince(data, base, { cwd: root });
        const warnings: string[] = [];
        const fromCache = cached(root, { warnings });
        expect(warnings).toEqual([]);
        for (const as of formats) {
          const want = format(expected, as);
          expect(format(changed.result, as), `--changed, ${as}, step ${step}: ${name}`).toBe(want);
          expect(format(fromCache.result, as), `--cache, ${as}, step ${step}: ${name}`).toBe(want);
        }
        for (const d of expected.diagnostics) seen.add(d.rule);
        // An edit of one record's content re-checks that record alone; a touch, nothing.
        if (["break a quote", "change a record validly", "break the JSON of a record", "reformat a record"].includes(name)) expect(fromCache.rechecked, name).toBe(1);
        if (name === "touch a file without changing it") expect(fromCache.rechecked, name).toBe(0);
      }
      // The series reached the rules that span files and the ones that depend on other files.
      for (const rule of ["quote-in-seed", "quote-placement", "captions", "references", "seed-integrity", "unique-ids", "id-matches-file", "readable-json", "canonical-format"]) expect(seen).toContain(rule);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("which records an incremental check reads again", () => {
  const entries: RecordEntry[] = [
    { collection: "articles", name: "a" },
    { collection: "people", name: "p1" },
    { collection: "people", name: "p2" },
    { collection: "organizations", name: "o1" },
  ].map((e) => ({ ...e, kind: "file" }) as RecordEntry);
  const listing = { records: entries };
  // p1 cites article a and refers to o1; p2 refers to a person that does not exist.
  const dependsOn: Record<string, string[]> = { "people/p1": ["articles/a", "organizations/o1"], "people/p2": ["people/ghost"], "organizations/o1": ["articles/a"] };
  const dependents = (targets: ReadonlySet<string>) => Object.keys(dependsOn).filter((k) => dependsOn[k]!.some((t) => targets.has(t)));
  const change = (c: Partial<Change>): Change => ({ changed: new Set(), added: new Set(), removed: new Set(), articles: new Set(), ...c });
  const recheck = (c: Partial<Change>, unresolved: string[] = []) => [...recordsToRecheck(listing, change(c), dependents, () => unresolved)].map((i) => `${entries[i]!.collection}/${entries[i]!.name}`).sort();

  it("nothing when nothing changed", () => {
    expect(recheck({}, ["people/p2"])).toEqual([]);
  });
  it("a changed record, and nothing that merely exists beside it", () => {
    expect(recheck({ changed: new Set(["people/p2"]) })).toEqual(["people/p2"]);
  });
  it("the records citing a changed article (or its seed)", () => {
    expect(recheck({ articles: new Set(["a"]) })).toEqual(["organizations/o1", "people/p1"]);
  });
  it("the records referring to a removed record; the removed one is not in the listing", () => {
    expect(recheck({ removed: new Set(["organizations/o1"]) })).toEqual(["people/p1"]);
  });
  it("when records appear or disappear, those with an unresolved reference (its hint is chosen among the ids)", () => {
    expect(recheck({ changed: new Set(["people/p3"]), added: new Set(["people/p3"]) }, ["people/p2"])).toEqual(["people/p2"]);
    expect(recheck({ changed: new Set(["people/p1"]) }, ["people/p2"])).toEqual(["people/p1"]);
  });
  it("a record depends on what the schema marks as references and on every article its evidence cites", () => {
    const record = new RecordFile("people", "data/people/x.json", "x", "/nonexistent/x.json");
    record.value = {
      id: "x",
      roles: [{ organization: "org-9", asStated: "a" }],
      evidence: [{ article: "art-1", quote: "q" }],
      extra: { evidence: [{ article: "art-2", quote: "q" }] }, // not allowed by the schema, still traced
    };
    expect(dependenciesOf(record).sort()).toEqual(["articles/art-1", "articles/art-2", "organizations/org-9"]);
  });
});

describe("the cache", () => {
  it("is reused when nothing changed, and not read again when size and times agree", async () => {
    const { root } = repository(120);
    try {
      const cold = cached(root);
      // A cold cache hashes each file from the bytes the check reads (read once), and those are the hashes
      // the warm run compares with below: none differs, so nothing is re-checked.
      expect([cold.rechecked, cold.hashed]).toEqual([120, 120]);
      // Recent files could still change within their timestamps' resolution: their content is compared.
      const warm = cached(root);
      expect([warm.rechecked, warm.hashed]).toEqual([0, 120]);
      await new Promise((r) => setTimeout(r, 50));
      cached(root, { racyMs: 10 });
      const fast = cached(root, { racyMs: 10 });
      expect([fast.rechecked, fast.hashed]).toEqual([0, 0]);
      expect(format(fast.result, "json")).toBe(format(full(root), "json"));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("is ignored, without a warning, when the checker version or the schema changed", () => {
    const { root } = repository(120);
    try {
      const base = { version: "1", code: "c", schema: datasetSchema, dir: join(root, "data"), cwd: root };
      expect(cacheKey({ ...base, version: "2" })).not.toBe(cacheKey(base));
      expect(cacheKey({ ...base, code: "d" })).not.toBe(cacheKey(base));
      const changedSchema = structuredClone(datasetSchema) as any;
      changedSchema.$defs.Person.description = "changed";
      expect(cacheKey({ ...base, schema: changedSchema })).not.toBe(cacheKey(base));
      expect(cacheKey({ ...base, cwd: join(root, "data") })).not.toBe(cacheKey(base));
      expect(cacheKey({ ...base })).toBe(cacheKey(base));

      cached(root, { version: "1" });
      const warnings: string[] = [];
      const other = cached(root, { version: "2", warnings });
      expect(other.rechecked).toBe(120);
      expect(warnings).toEqual([]);
      expect(readCache(join(root, "cache.json"), key(root, "1"))).toMatchObject({ warning: false });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("knows the checker it was made by: the built CLI's bytes, or the sources", () => {
    const built = checkerIdentity(new URL("dist/cli.js", `file://${repoRoot}`));
    const source = checkerIdentity(new URL("src/cli.ts", `file://${repoRoot}`));
    const version = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).version;
    expect(built.version).toBe(version);
    expect(source.version).toBe(version);
    expect(built.code).toMatch(/^[0-9a-f]{64}$/);
    expect(source.code).not.toBe(built.code);
    expect(built.schema).toBe(datasetSchema);
  });

  it("is ignored with a warning when damaged, never trusted, and written again whole", () => {
    const { root, data } = repository(120);
    const file = join(root, "cache.json");
    try {
      // A quote broken after the cache was made: a trusted damaged cache would miss it.
      cached(root);
      const person = join(data, "people", "person-1.json");
      const value = JSON.parse(readFileSync(person, "utf8"));
      value.evidence[0].quote += " (not in the source)";
      writeFileSync(person, canonicalText("people", value));
      const good = readFileSync(file, "utf8");
      const newline = good.indexOf("\n");
      const header = JSON.parse(good.slice(0, newline));
      const body = JSON.parse(good.slice(newline + 1));
      body.diagnostics["people/person-1"] = [{ file: "x", line: "one" }];
      const reshaped = JSON.stringify(body);
      const damaged: [string, string][] = [
        ["not JSON at all", "garbage"],
        ["truncated", good.slice(0, Math.floor(good.length / 2))],
        ["a flipped byte", good.slice(0, -10) + (good.at(-10) === "0" ? "1" : "0") + good.slice(-9)],
        ["well-formed but misshapen", `${JSON.stringify({ ...header, sha256: createHash("sha256").update(reshaped).digest("hex") })}\n${reshaped}`],
      ];
      for (const [what, text] of damaged) {
        writeFileSync(file, text);
        const warnings: string[] = [];
        const run = cached(root, { warnings });
        expect(warnings, what).toHaveLength(1);
        expect(warnings[0], what).toMatch(/^ignoring the cache .*cache\.json: .*; checking every file$/);
        expect(run.rechecked, what).toBe(120);
        expect(format(run.result, "json"), what).toBe(format(full(root), "json"));
        expect(run.result.diagnostics.map((d) => d.rule), what).toContain("quote-in-seed");
        expect(readCache(file, key(root)), what).toHaveProperty("body");
      }
      expect(readdirSync(root).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/** Runs the built CLI in `cwd` with a PATH of our choosing. */
function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const child = spawnSync(process.execPath, [join(repoRoot, "dist/cli.js"), ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env }, timeout: 60_000 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe("check --changed and --cache on the command line", () => {
  it("print the full check's report, exit as it does, and keep the cache under node_modules/.cache/", () => {
    const { root, data, base } = repository(150);
    try {
      const person = join(data, "people", "person-2.json");
      const value = JSON.parse(readFileSync(person, "utf8"));
      value.evidence[0].quote += " (not in the source)";
      writeFileSync(person, canonicalText("people", value));
      rmSync(join(data, "organizations", "org-1.json"));
      for (const as of ["text", "json", "github"]) {
        const want = cli(["check", "data", "--format", as], root);
        expect(want.status).toBe(1);
        for (const mode of [["--changed", base], ["--cache"], ["--cache"]]) {
          const run = cli(["check", "data", "--format", as, ...mode], root);
          expect([run.status, run.stderr, run.stdout], `${mode[0]} ${as}`).toEqual([1, "", want.stdout]);
        }
      }
      expect(readdirSync(join(root, "node_modules", ".cache", "iran-cuba-relations"))).toHaveLength(1);
      const elsewhere = join(root, "elsewhere", "cache.json");
      expect(cli(["check", "data", "--cache", "--cache-location", elsewhere], root).status).toBe(1);
      expect(existsSync(elsewhere)).toBe(true);
      const folder = join(root, "cache-folder");
      mkdirSync(folder);
      expect(cli(["check", "data", "--cache", "--cache-location", folder], root).status).toBe(1);
      expect(readdirSync(folder)).toEqual([expect.stringMatching(/^check-[0-9a-f]{16}\.json$/)]);
      writeFileSync(elsewhere, "{ damaged");
      const warned = cli(["check", "data", "--cache", "--cache-location", elsewhere], root);
      expect(warned.status).toBe(1);
      expect(warned.stderr).toMatch(/^iran-cuba-relations: warning: ignoring the cache .*elsewhere\/cache\.json: its header is not JSON; checking every file\n$/);
      expect(warned.stdout).toBe(cli(["check", "data"], root).stdout);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("refuses, as usage errors (exit 2), a directory outside git, an unknown ref, a missing git, and both modes at once", () => {
    const { root, base } = repository(120);
    const outside = mkdtempSync(join(tmpdir(), "icr-no-git-"));
    try {
      generateDataset({ records: 20, seeds: 1, out: join(outside, "data"), seed: 1 });
      const cases: [string[], string, Record<string, string>?][] = [
        [["check", "data", "--changed", "HEAD"], "but git cannot use", { GIT_CEILING_DIRECTORIES: dirname(outside) }],
        [["check", "data", "--changed", "no-such-branch"], 'unknown git ref "no-such-branch"'],
        [["check", "data", "--changed", "--cache"], "--changed needs a value"],
        [["check", "data", "--changed", base], "--changed needs git, and git was not found on the PATH", { PATH: "/nonexistent" }],
        [["check", "data", "--changed", base, "--cache"], "--changed and --cache do not go together"],
        [["check", "data", "--cache-location", "x.json"], "--cache-location needs --cache"],
      ];
      for (const [args, message, env] of cases) {
        const run = cli(args, args.includes("HEAD") ? outside : root, env);
        expect(run.status, args.join(" ")).toBe(2);
        expect(run.stderr, args.join(" ")).toContain(message);
        expect(run.stdout).toBe("");
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe("the CI workflow", () => {
  const workflow = readFileSync(join(repoRoot, ".github/workflows/ci.yml"), "utf8");
  const steps = workflow.split(/\n(?= {6}- )/).slice(1);
  const running = (pattern: RegExp) => steps.filter((s) => pattern.test(s));

  it("checks a pull request with --changed against its base branch, fetched in full, and main with the full check", () => {
    expect(workflow).toMatch(/uses: actions\/checkout@v4\n\s+with:\n(\s+#.*\n)*\s+fetch-depth: 0\n/);
    const changed = running(/check data --format github --changed "origin\/\$BASE_REF"/);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain("if: github.event_name == 'pull_request'");
    expect(changed[0]).toContain("BASE_REF: ${{ github.base_ref }}");
    const whole = running(/check data --format github$/m);
    expect(whole).toHaveLength(1);
    expect(whole[0]).toContain("if: github.event_name != 'pull_request'");
  });
});
