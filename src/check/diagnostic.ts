/** One problem found by the checker, placed at a file, line and column. */
export interface Diagnostic {
  /** Path of the file, relative to the working directory. */
  file: string;
  line: number;
  column: number;
  severity: "error" | "warning";
  /** The rule that found it (`schema`, `quote-in-seed`...): one module in src/check/rules/. */
  rule: string;
  message: string;
  /** JSON pointer of the offending value, when there is one. */
  pointer?: string;
  /** How to fix it. */
  hint?: string;
}

/** What a rule reports before the checker places it; the checker fills in file, line and column. */
export interface Finding {
  message: string;
  /** JSON pointer of the offending value; "" is the whole record. */
  pointer?: string;
  /** Point at the member's key rather than its value (for unknown or duplicate properties). */
  atKey?: boolean;
  hint?: string;
  severity?: "error" | "warning";
  /** Where in the file, as a character offset, when there is no pointer (syntax errors). */
  offset?: number;
  /** Where in the file, as a 1-based line (and column), when neither pointer nor offset says it: a place in a seed. */
  line?: number;
  column?: number;
}
