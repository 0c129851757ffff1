// The three ways the checker reports: text for people, json for programs, github for workflow annotations.
import type { Diagnostic } from "./diagnostic.js";
import type { CheckResult } from "./run.js";

export type Format = "text" | "json" | "github";
export const formats: readonly Format[] = ["text", "json", "github"];

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function summaryLine(result: CheckResult): string {
  // What the directory holds, from its listing: records per collection, and seeds.
  const { records, seeds } = result.summary;
  const held = Object.entries(records).map(([c, n]) => `${n} ${c}`).join(", ");
  return `${held}; ${plural(seeds, "seed")}`;
}

function outcome(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  if (diagnostics.length === 0) return "no problems found";
  return `${plural(errors, "error")}${warnings ? ` and ${plural(warnings, "warning")}` : ""} in ${plural(files, "file")}`;
}

/**
 * Control, format (bidi overrides, zero-width...) and line-separator characters written as `\u{…}`: a
 * file name or message holding a newline must not split a report line, nor a U+202E reorder it.
 */
export function visible(s: string): string {
  return s.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}`);
}

export function formatText(result: CheckResult, color = false): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  let lastFile = "";
  for (const d of result.diagnostics) {
    if (d.file !== lastFile && lastFile !== "") lines.push("");
    lastFile = d.file;
    const where = d.pointer ? ` (at ${d.pointer === "" ? "/" : d.pointer})` : "";
    lines.push(`${visible(d.file)}:${d.line}:${d.column}: ${paint(d.severity === "error" ? "31" : "33", d.severity)}: ${visible(d.message)}${visible(where)} ${paint("2", `[${d.rule}]`)}`);
    if (d.hint) lines.push(`  ${paint("2", `hint: ${visible(d.hint)}`)}`);
  }
  if (lines.length) lines.push("");
  lines.push(`checked ${summaryLine(result)}`);
  lines.push(result.diagnostics.length ? paint("31", outcome(result.diagnostics)) : paint("32", outcome(result.diagnostics)));
  return lines.join("\n") + "\n";
}

export function formatJson(result: CheckResult): string {
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  return JSON.stringify({ ok: errors === 0, errors, warnings: result.diagnostics.length - errors, summary: result.summary, diagnostics: result.diagnostics }, null, 2) + "\n";
}

/** GitHub workflow commands: property values escape %, CR, LF, ":" and ","; the message escapes %, CR, LF. */
export function formatGithub(result: CheckResult): string {
  const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const property = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const lines = result.diagnostics.map((d) => `::${d.severity} file=${property(d.file)},line=${d.line},col=${d.column},title=${property(d.rule)}::${data(d.message + (d.hint ? `\n${d.hint}` : ""))}`);
  lines.push(`checked ${summaryLine(result)}: ${outcome(result.diagnostics)}`);
  return lines.join("\n") + "\n";
}

export function format(result: CheckResult, as: Format, color = false): string {
  return as === "json" ? formatJson(result) : as === "github" ? formatGithub(result) : formatText(result, color);
}

/**
 * A Markdown job summary with every problem, for the file named by $GITHUB_STEP_SUMMARY: GitHub shows
 * at most 10 annotations of each kind per step, and the summary is where the rest are seen.
 */
export function githubSummary(result: CheckResult): string {
  // A table cell keeps to one line, and a "|" or Markdown in the data must not end or style the cell.
  const cell = (s: string) => s.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`).replace(/\r?\n/g, "<br>");
  const lines = [`### iran-cuba-relations check: ${outcome(result.diagnostics)}`, "", `Checked ${cell(summaryLine(result))}.`, ""];
  if (result.diagnostics.length) {
    lines.push("| file | line | rule | problem | hint |", "| --- | --- | --- | --- | --- |");
    for (const d of result.diagnostics) {
      const where = d.pointer ? ` (at ${d.pointer === "" ? "/" : d.pointer})` : "";
      lines.push(`| ${cell(d.file)} | ${d.line}:${d.column} | ${cell(d.rule)} | ${cell(`${d.severity}: ${d.message}${where}`)} | ${cell(d.hint ?? "")} |`);
    }
    lines.push("");
  }
  return lines.join("\n") + "\n";
}
