#!/usr/bin/env node
// The command line that ships in the package: `iran-cuba-relations check|fix|add-source`.
// Exit codes: 0 no problems, 1 problems in the data, 2 usage error, 3 internal error.
import { appendFileSync, existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { collectionNames } from "./collections.js";
import { addSource, AddSourceError, checkDirectoryInParallel, DirectoryChangedError, fixDirectory, format, formats, githubSummary, runAsCheckWorker, type CheckResult, type Format } from "./check/index.js";
import { cacheKey, checkerIdentity, checkWithCache, defaultCacheFile } from "./check/cache.js";
import { checkChangedSince, GitChangesError } from "./check/git-changes.js";

const HELP: Record<string, string> = {
  main: `Usage: iran-cuba-relations <command> [options]

Commands:
  check [dir]        run every check (schema, integrity, trace) on a data directory (default: data)
  fix [dir]          rewrite record files into canonical formatting, and quotes, asStated strings and
                     name forms that miss only by whitespace, quote or dash style into the exact text
  add-source <file>  copy a new source text into data/seeds/ and write a skeleton article record
  help [command]     show help

Run \`iran-cuba-relations <command> --help\` for a command's options.
Exit codes: 0 no problems, 1 problems in the data, 2 usage error, 3 internal error.
`,
  check: `Usage: iran-cuba-relations check [dir] [--format text|json|github] [--no-color] [--jobs N]
                                 [--changed <git-ref> | --cache [--cache-location <path>]]

Runs every rule on the data directory (default: data) and reports every problem in every file:
  text    path:line:column: severity: message (at /json/pointer) [rule], a hint, and a summary (default)
  json    one JSON object: ok, errors, warnings, summary, diagnostics
  github  workflow annotations (::error file=...,line=...,col=...::message), and, when
          $GITHUB_STEP_SUMMARY is set, a Markdown table of every problem appended to that file
Color only on a terminal, and never when NO_COLOR is set. Exit 0 when clean, 1 on any error.
--jobs N checks on N threads (default: one per 20 000 records, at most one per core); the report is
the same whatever N is.
--changed <git-ref> checks only what differs from the ref (git diff, untracked files included) and what
  depends on it, on one thread; the report is the full check's when the ref passes the full check.
--cache remembers what each file gave, in node_modules/.cache/iran-cuba-relations/ (or the file, or
  folder, given by --cache-location), and checks again only what changed and what depends on it, on
  one thread; the report is the full check's. A damaged cache is ignored with a warning.
`,
  fix: `Usage: iran-cuba-relations fix [dir]

Rewrites every record file of the data directory (default: data) into canonical formatting (schema key
order, 2-space indent, final newline), and replaces each quote that misses its seed only by whitespace,
no-break space, quote or dash style with the seed's exact text; likewise each asStated with the exact
text of its evidence, and each name form with that of its record's evidence, when exactly one text
matches (when several do, the check lists them for you to choose). It never changes meaning: files that
do not parse or that hide a duplicate key are left alone and listed. Exit 1 when any file was left alone.
`,
  "add-source": `Usage: iran-cuba-relations add-source <file> [--data dir] [--id article-id]
         [--url URL] [--outlet name] [--published date] [--retrieved date] [--title text]

Copies a UTF-8 source text, byte for byte, into <dir>/seeds/ (default dir: data) as
NNN_<first 16 hex digits of its SHA-256>.txt (NNN: the next free number), and writes
<dir>/articles/<id>.json: a valid skeleton for you to complete. The id defaults to the file name in
kebab-case. Refuses to overwrite an existing article, or to add a text already in the data.

What you know about the document that its text may not say goes into the article's "document" field,
marked as supplied by you, never as a claim of the text:
  --url        where you retrieved it (absolute http or https URL)
  --outlet     the outlet that published it (linked to its organization record when one has that name)
  --published  its publication date, --retrieved the day you retrieved it (YYYY-MM-DD, YYYY-MM or YYYY;
               not later than today, retrieved not before published)
  --title      its title; when the text contains it, it becomes the article's title, with evidence
`,
};

class UsageError extends Error {}

/** add-source's flags for what the contributor knows about the document. */
const SUPPLIED = ["url", "outlet", "published", "retrieved", "title"] as const;

interface Args {
  command: string;
  positional: string[];
  help: boolean;
  format: Format;
  color: boolean;
  options: Record<string, string>;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    command: "",
    positional: [],
    help: false,
    format: "text",
    // no-color.org: a NO_COLOR that is set and not empty turns color off.
    color: process.stdout.isTTY === true && (process.env.NO_COLOR ?? "") === "",
    options: {},
  };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // `--` ends the options: what follows is positional, even when it starts with "-".
    if (optionsEnded || arg === "--") {
      if (optionsEnded) {
        if (!args.command) args.command = arg;
        else args.positional.push(arg);
      }
      optionsEnded = true;
      continue;
    }
    const value = () => {
      // A value that looks like the next option means this one was given none (`--title --data d`);
      // a value that starts with "--" is still possible as `--title=--x`.
      const v = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[i + 1]?.startsWith("--") ? undefined : argv[++i];
      if (v === undefined || v === "") throw new UsageError(`${arg.split("=")[0]} needs a value`);
      return v;
    };
    if (arg === "-h" || arg === "--help") args.help = true;
    else if (arg === "--no-color") args.color = false;
    else if (arg === "--format" || arg.startsWith("--format=")) {
      const v = value();
      if (!formats.includes(v as Format)) throw new UsageError(`--format must be one of ${formats.join(", ")}, not "${v}"`);
      args.format = v as Format;
    } else if (arg === "--jobs" || arg.startsWith("--jobs=")) {
      const v = value();
      if (!/^[1-9][0-9]{0,2}$/.test(v)) throw new UsageError(`--jobs must be a whole number from 1 to 999, not "${v}"`);
      args.options.jobs = v;
    } else if (arg === "--cache") args.options.cache = "yes";
    else if (["--data", "--id", "--changed", "--cache-location", ...SUPPLIED.map((f) => `--${f}`)].some((o) => arg === o || arg.startsWith(`${o}=`))) args.options[arg.split("=")[0]!.slice(2)] = value();
    else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else if (!args.command) args.command = arg;
    else args.positional.push(arg);
  }
  return args;
}

function directory(dir: string, mustHoldData = true): string {
  const path = resolve(dir);
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new UsageError(`${dir} is not a directory`);
  // A folder with none of a dataset's folders (an empty one, /proc) is the wrong argument, not a clean
  // dataset. One that cannot be listed is checked: each of its folders is then reported as unreadable.
  let entries: string[] | undefined;
  try {
    entries = readdirSync(path);
  } catch {
    entries = undefined;
  }
  const expected = [...collectionNames, "seeds"];
  if (mustHoldData && entries && !expected.some((name) => entries.includes(name))) {
    throw new UsageError(`${dir} is not a data directory: it holds none of ${expected.map((n) => `${n}/`).join(", ")}`);
  }
  return path;
}

/** `check --changed <ref>` or `check --cache`: the same report, from re-checking only what a change can affect. */
async function incrementalCheck(dir: string, options: Args["options"]): Promise<CheckResult> {
  if (options.changed !== undefined && options.cache !== undefined) throw new UsageError("--changed and --cache do not go together: choose one");
  if (options["cache-location"] !== undefined && options.cache === undefined) throw new UsageError("--cache-location needs --cache");
  if (options.changed !== undefined) {
    try {
      return (await checkChangedSince(dir, options.changed)).result;
    } catch (error) {
      throw error instanceof GitChangesError ? new UsageError(error.message) : error;
    }
  }
  let file = defaultCacheFile(dir);
  const location = options["cache-location"];
  if (location !== undefined) file = existsSync(location) && statSync(location).isDirectory() ? join(resolve(location), basename(file)) : resolve(location);
  const key = cacheKey({ ...checkerIdentity(new URL(import.meta.url)), dir, cwd: process.cwd() });
  return checkWithCache(dir, { file, key, warn: (message) => process.stderr.write(`iran-cuba-relations: warning: ${message}\n`) }).result;
}

function expectArgs(args: Args, max: number): void {
  if (args.positional.length > max) throw new UsageError(`unexpected argument ${args.positional[max]}`);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const command = args.command === "help" ? (args.positional[0] ?? "main") : args.command || "main";
  if (args.help || args.command === "help" || command === "main") {
    if (!HELP[command]) throw new UsageError(`unknown command "${command}"`);
    process.stdout.write(HELP[command]);
    return 0;
  }
  const misplaced = SUPPLIED.find((f) => args.options[f] !== undefined);
  if (misplaced && command !== "add-source") throw new UsageError(`--${misplaced} is an option of add-source, not of ${command}`);
  if (command === "check") {
    expectArgs(args, 1);
    const dir = directory(args.positional[0] ?? "data");
    // A progress line only for a person watching a terminal; pipes and CI get the report alone.
    const progress = process.stderr.isTTY === true && args.format === "text";
    if (progress) process.stderr.write("checking…");
    // Worker threads load this very file, which must then be the built JavaScript: run from source
    // (`npm run check`, through tsx) the check keeps to one thread.
    const built = import.meta.url.endsWith(".js");
    const jobs = !built ? 1 : args.options.jobs === undefined ? undefined : Number(args.options.jobs);
    const result = ["changed", "cache", "cache-location"].some((o) => args.options[o] !== undefined)
      ? await incrementalCheck(dir, args.options)
      : await checkDirectoryInParallel(dir, { workerScript: new URL(import.meta.url), jobs });
    if (progress) process.stderr.write("\r\u001b[K");
    process.stdout.write(format(result, args.format, args.color));
    // GitHub caps annotations at 10 per step: the job summary lists every problem.
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (args.format === "github" && summaryFile) appendFileSync(summaryFile, githubSummary(result));
    return result.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
  }
  if (command === "fix") {
    expectArgs(args, 1);
    const result = fixDirectory(directory(args.positional[0] ?? "data"));
    for (const q of result.quotes) process.stdout.write(`${q.file}: quote at ${q.pointer} now copies the seed exactly\n`);
    for (const v of result.verbatim) process.stdout.write(`${v.file}: ${v.pointer} now copies its evidence exactly: ${JSON.stringify(v.to)}\n`);
    for (const file of result.rewritten) process.stdout.write(`fixed ${file}\n`);
    for (const { file, reason } of result.skipped) process.stdout.write(`left ${file} alone: ${reason}\n`);
    process.stdout.write(`${result.rewritten.length} file(s) rewritten, ${result.skipped.length} left for you to fix\n`);
    return result.skipped.length ? 1 : 0;
  }
  if (command === "add-source") {
    expectArgs(args, 1);
    const file = args.positional[0];
    if (!file) throw new UsageError("add-source needs the path of a source text");
    const { seed, article, sha256 } = addSource(file, directory(args.options.data ?? "data", false), {
      id: args.options.id,
      ...Object.fromEntries(SUPPLIED.flatMap((f) => (args.options[f] === undefined ? [] : [[f, args.options[f]]]))),
    });
    process.stdout.write(`added ${seed} (SHA-256 ${sha256})\nwrote ${article}: complete it, then run \`iran-cuba-relations check\`\n`);
    return 0;
  }
  throw new UsageError(`unknown command "${command}"`);
}

function fail(error: unknown): void {
  if (error instanceof UsageError || error instanceof AddSourceError || error instanceof DirectoryChangedError) {
    process.stderr.write(`iran-cuba-relations: ${error.message}\n${error instanceof UsageError ? `\n${HELP.main}` : ""}`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`iran-cuba-relations: internal error: ${error instanceof Error ? error.message : String(error)}\nPlease report this with the data that caused it.\n`);
    process.exitCode = 3;
  }
}

// The same file is the check's worker thread (src/check/parallel.ts): then it runs its shard and stops.
if (!runAsCheckWorker()) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code), fail);
}
