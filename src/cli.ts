#!/usr/bin/env node
// The command line that ships in the package: `iran-cuba-relations check|fix|add-source|suggest|review`.
// Exit codes: 0 no problems, 1 problems in the data, 2 usage error, 3 internal error.
import { appendFileSync, existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { collectionNames } from "./shared/collections.js";
import { DatasetError, readDataset } from "./dataset/read.js";
import { suggest } from "./curate/suggest.js";
import { suggestFormats, suggestReport, type SuggestFormat } from "./curate/suggest-report.js";
import { writeSuggestions } from "./curate/write-suggestions.js";
import { dataAtRef, ReviewError } from "./curate/git-snapshot.js";
import { review } from "./curate/review.js";
import { reviewFormats, reviewReport, type ReviewFormat } from "./curate/review-report.js";
import { addSource, AddSourceError, checkDirectory, fixDirectory, format, formats, githubSummary, type Format } from "./check/index.js";

const USAGE = `Usage: iran-cuba-relations <command> [options]

Commands:
  check [dir]        run every check (schema, integrity, trace) on a data directory (default: data)
  fix [dir]          rewrite record files into canonical formatting, and quotes, asStated strings and
                     name forms that miss only by whitespace, quote or dash style into the exact text;
                     link supplied outlets to their organization records
  add-source <file>  copy a new source text into data/seeds/ and write a skeleton article record
  suggest <article>  propose evidence from an article for every record its text names (--write adds it)
  review <git-ref>   what the data claims since a git ref: values, quotes, readings, notes, disagreements
  help [command]     show help

Run \`iran-cuba-relations <command> --help\` for a command's options.
Exit codes: 0 no problems, 1 problems in the data, 2 usage error, 3 internal error.
`;

interface Command {
  help: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  run(positionals: string[], values: Record<string, string | boolean | undefined>): number;
}

class UsageError extends Error {}

/** add-source's flags for what the contributor knows about the document. */
const SUPPLIED = ["url", "outlet", "published", "retrieved", "title"] as const;

const commands: Record<string, Command> = {
  check: {
    help: `Usage: iran-cuba-relations check [dir] [--format text|json|github] [--no-color]

Runs every rule on the data directory (default: data) and reports every problem in every file:
  text    path:line:column: severity: message (at /json/pointer) [rule], a hint, and a summary (default)
  json    one JSON object: ok, errors, warnings, summary, diagnostics
  github  workflow annotations (::error file=...,line=...,col=...::message), and, when
          $GITHUB_STEP_SUMMARY is set, a Markdown table of every problem appended to that file
Color only on a terminal, and never when NO_COLOR is set. Exit 0 when there is no error (warnings
are advice for a reviewer and never fail the check), 1 on any error.
`,
    options: { format: { type: "string", default: "text" }, "no-color": { type: "boolean" } },
    run([dir = "data"], values) {
      const kind = values.format as Format;
      if (!formats.includes(kind)) throw new UsageError(`--format must be one of ${formats.join(", ")}, not "${kind}"`);
      // no-color.org: a NO_COLOR that is set and not empty turns color off.
      const color = process.stdout.isTTY === true && (process.env.NO_COLOR ?? "") === "" && values["no-color"] !== true;
      const result = checkDirectory(dataDirectory(dir));
      process.stdout.write(format(result, kind, color));
      // GitHub caps annotations at 10 per step: the job summary lists every problem.
      const summaryFile = process.env.GITHUB_STEP_SUMMARY;
      if (kind === "github" && summaryFile) appendFileSync(summaryFile, githubSummary(result));
      return result.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
    },
  },
  fix: {
    help: `Usage: iran-cuba-relations fix [dir]

Rewrites every record file of the data directory (default: data) into canonical formatting (schema key
order, 2-space indent, final newline), and replaces each quote that misses its seed only by whitespace,
no-break space, quote or dash style with the seed's exact text; likewise each asStated with the exact
text of its evidence, and each name form with that of its record's evidence, when exactly one text
matches (when several do, the check lists them for you to choose). An article's supplied outlet is linked
to the organization record that has its name, when exactly one has. It never changes meaning: files that
do not parse or that hide a duplicate key are left alone and listed. Exit 1 when any file was left alone.
`,
    options: {},
    run([dir = "data"]) {
      const result = fixDirectory(dataDirectory(dir));
      for (const q of result.quotes) process.stdout.write(`${q.file}: quote at ${q.pointer} now copies the seed exactly\n`);
      for (const v of result.verbatim) process.stdout.write(`${v.file}: ${v.pointer} now copies its evidence exactly: ${JSON.stringify(v.to)}\n`);
      for (const o of result.outlets) process.stdout.write(`${o.file}: outlet ${JSON.stringify(o.outlet)} now linked to organization "${o.organization}"\n`);
      for (const file of result.rewritten) process.stdout.write(`fixed ${file}\n`);
      for (const { file, reason } of result.skipped) process.stdout.write(`left ${file} alone: ${reason}\n`);
      process.stdout.write(`${result.rewritten.length} file(s) rewritten, ${result.skipped.length} left for you to fix\n`);
      return result.skipped.length ? 1 : 0;
    },
  },
  "add-source": {
    help: `Usage: iran-cuba-relations add-source <file> [--data dir] [--id article-id]
         [--url URL] [--outlet name] [--published date] [--retrieved date] [--title text]

Copies a UTF-8 source text, byte for byte, into <dir>/seeds/ (default dir: data) as
<first 16 hex digits of its SHA-256>.txt (a name that depends on the text alone, so that pull requests
adding texts at the same time never collide), and writes <dir>/articles/<id>.json: a skeleton that the
check reports unfinished (language "und", a placeholder note, no record citing it) until you complete
it. The id defaults to the file name in kebab-case. Refuses to overwrite an existing article, or to add
a text already in the data.

What you know about the document that its text may not say goes into the article's "document" field,
marked as supplied by you, never as a claim of the text:
  --url        where you retrieved it (absolute http or https URL)
  --outlet     the outlet that published it (linked to its organization record when one has that name;
               \`fix\` links it when that record is added later)
  --published  its publication date, --retrieved the day you retrieved it (YYYY-MM-DD, YYYY-MM or YYYY;
               not later than today, retrieved not before published)
  --title      its title; when the text contains it, it becomes the article's title, with evidence
`,
    options: { data: { type: "string", default: "data" }, id: { type: "string" }, ...Object.fromEntries(SUPPLIED.map((f) => [f, { type: "string" as const }])) },
    run([file], values) {
      if (!file) throw new UsageError("add-source needs the path of a source text");
      const supplied = Object.fromEntries(SUPPLIED.flatMap((f) => (values[f] === undefined ? [] : [[f, values[f]]])));
      const { seed, article, sha256 } = addSource(file, dataDirectory(values.data as string, false), { id: values.id as string | undefined, ...supplied });
      process.stdout.write(`added ${seed} (SHA-256 ${sha256})\nwrote ${article}: complete it, then run \`iran-cuba-relations check\`\n`);
      return 0;
    },
  },
  suggest: {
    help: `Usage: iran-cuba-relations suggest <article-id> [--data dir] [--format text|json] [--write]

For an article of the data directory (default: data), finds every place its text names an existing
record by one of its name forms (white space, quote and dash style, accents and case aside; an acronym
only in capitals), or describes it by a role or description the data gives that record alone (two words
or more besides "the", "a" or "an": "the Iranian president"; shown as "described as", a reading to
judge), never inside the article's non-content spans, and proposes for each record one evidence item
per sentence that names it: the smallest enclosing sentence, copied exactly, with its occurrence when
the sentence repeats; inside a photo caption, the caption's sentence marked "from": "caption". Passages
the record already cites are left out. It also
lists the capitalized names no record covers (the coverage rule's findings), each with its sentence.
Prints the proposals (text, or JSON for tools) and writes nothing, unless --write: then each proposed
item is added to its record marked "suggested": true, with the words that name the record added to its
name forms when new, in canonical formatting. The check warns about each mark until you remove it.
`,
    options: { data: { type: "string", default: "data" }, format: { type: "string", default: "text" }, write: { type: "boolean" } },
    run([article], values) {
      if (!article) throw new UsageError("suggest needs the id of an article");
      const kind = values.format as SuggestFormat;
      if (!suggestFormats.includes(kind)) throw new UsageError(`--format must be one of ${suggestFormats.join(", ")}, not "${kind}"`);
      const dataset = readDataset(dataDirectory(values.data as string));
      const found = suggest(dataset, article);
      const written = values.write === true ? writeSuggestions(dataset, found.proposals) : undefined;
      process.stdout.write(suggestReport(found, kind, written));
      return 0;
    },
  },
  review: {
    help: `Usage: iran-cuba-relations review <git-ref> [--data dir] [--format text|markdown|json]

Compares the data directory (default: data) with the same directory at a git ref (a branch, tag or
commit: origin/main, HEAD~1) and says what the change claims, for a person to judge: records added,
removed and renamed (same content, new id); every value added, changed or removed, with its words,
quote and article; among them every reading (certainty other than "stated") and derived date, with its
note;
notes added or rewritten; disagreements and variants that appear or disappear; and evidence still
marked suggested. Markdown is what CI writes to a pull request's job summary. Exit 2 when the
directory is not in a git repository or the ref is unknown.
`,
    options: { data: { type: "string", default: "data" }, format: { type: "string", default: "text" } },
    run([ref], values) {
      if (!ref) throw new UsageError("review needs a git ref to compare with (origin/main, HEAD~1...)");
      const kind = values.format as ReviewFormat;
      if (!reviewFormats.includes(kind)) throw new UsageError(`--format must be one of ${reviewFormats.join(", ")}, not "${kind}"`);
      const dir = dataDirectory(values.data as string);
      const before = dataAtRef(dir, ref);
      try {
        process.stdout.write(reviewReport(review(ref, readDataset(before), readDataset(dir)), kind));
      } finally {
        rmSync(before, { recursive: true, force: true });
      }
      return 0;
    },
  },
};

/** A data directory named on the command line, refused with a usage error when it cannot be one. */
function dataDirectory(dir: string, mustHoldData = true): string {
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

/** parseArgs' errors in this command line's words: which option, and what it needs. */
function parse(command: string, argv: string[]) {
  const spec = commands[command]!;
  try {
    return parseArgs({ args: argv, options: { help: { type: "boolean", short: "h" }, ...spec.options }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const option = /'(-[^' ]+)/.exec(message)?.[1];
    const code = (error as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const owner = Object.keys(commands).find((c) => option !== undefined && Object.hasOwn(commands[c]!.options, option.replace(/^--?/, "").split("=")[0]!));
      throw new UsageError(owner ? `${option} is an option of ${owner}, not of ${command}` : `unknown option ${option} for ${command}`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(`${option} needs a value`);
    throw new UsageError(message);
  }
}

function main(argv: string[]): number {
  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help") return void process.stdout.write(USAGE), 0;
  if (first === "help") {
    const topic = rest[0];
    if (topic !== undefined && !commands[topic]) throw new UsageError(`unknown command "${topic}"`);
    process.stdout.write(topic === undefined ? USAGE : commands[topic]!.help);
    return 0;
  }
  const command = commands[first];
  if (!command) throw new UsageError(`unknown command "${first}"`);
  const { values, positionals } = parse(first, rest);
  if (values.help) return void process.stdout.write(command.help), 0;
  // Every command takes at most one argument.
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`);
  for (const [name, value] of Object.entries(values)) if (typeof value === "string" && value === "") throw new UsageError(`--${name} needs a value`);
  return command.run(positionals, values);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error instanceof AddSourceError || error instanceof DatasetError || error instanceof ReviewError) {
    process.stderr.write(`iran-cuba-relations: ${error.message}\n${error instanceof UsageError ? `\n${USAGE}` : ""}`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`iran-cuba-relations: internal error: ${error instanceof Error ? error.message : String(error)}\nPlease report this with the data that caused it.\n`);
    process.exitCode = 3;
  }
}
