#!/usr/bin/env node
// The command line that ships in the package: `iran-cuba-relations check|fix [dir]`.
// Exit codes: 0 no problems, 1 problems in the data, 2 usage error, 3 internal error.
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { checkDirectory, fixDirectory, format, formats, type Format } from "./check/index.js";

const USAGE = `Usage: iran-cuba-relations <command> [dir] [options]

Commands:
  check [dir]   run every check (schema, integrity, trace) on a data directory (default: data)
  fix [dir]     rewrite record files into canonical formatting; never changes meaning
  help          show this help

Options:
  --format <text|json|github>   how check reports (default: text)
  --no-color                    plain text output (also when NO_COLOR is set or output is not a terminal)
  -h, --help                    show this help

Exit codes: 0 no problems, 1 problems in the data, 2 usage error, 3 internal error.
`;

class UsageError extends Error {}

function parseArgs(argv: string[]): { command: string; dir: string; format: Format; color: boolean } {
  const positional: string[] = [];
  let as: Format = "text";
  let color = process.stdout.isTTY === true && !("NO_COLOR" in process.env && process.env.NO_COLOR !== "");
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-h" || arg === "--help") return { command: "help", dir: "", format: as, color };
    if (arg === "--no-color") color = false;
    else if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (!formats.includes(value as Format)) throw new UsageError(`--format must be one of ${formats.join(", ")}${value ? `, not "${value}"` : ""}`);
      as = value as Format;
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [command = "help", dir = "data", ...rest] = positional;
  if (rest.length) throw new UsageError(`unexpected argument ${rest[0]}`);
  return { command, dir, format: as, color };
}

function main(argv: string[]): number {
  const { command, dir, format: as, color } = parseArgs(argv);
  if (command === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command !== "check" && command !== "fix") throw new UsageError(`unknown command "${command}"`);
  const path = resolve(dir);
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new UsageError(`${dir} is not a directory`);
  if (command === "fix") {
    const result = fixDirectory(path);
    for (const file of result.rewritten) process.stdout.write(`fixed ${file}\n`);
    for (const { file, reason } of result.skipped) process.stdout.write(`left ${file} alone: ${reason}\n`);
    process.stdout.write(`${result.rewritten.length} file(s) rewritten, ${result.skipped.length} left for you to fix\n`);
    return result.skipped.length ? 1 : 0;
  }
  const result = checkDirectory(path);
  process.stdout.write(format(result, as, color));
  return result.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`iran-cuba-relations: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`iran-cuba-relations: internal error: ${error instanceof Error ? error.message : String(error)}\nPlease report this with the data that caused it.\n`);
    process.exitCode = 3;
  }
}
