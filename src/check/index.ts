// The checker's public surface: what the CLI runs, and what other projects can call.
export { checkDirectory, runRules, type CheckResult } from "./run.js";
export { fixDirectory, type FixResult } from "./fix.js";
export { addSource, AddSourceError, type AddSourceResult } from "./add-source.js";
export { loadDataset } from "./dataset.js";
export { format, formats, type Format } from "./format.js";
export { rules } from "./rules/index.js";
export type { Diagnostic } from "./diagnostic.js";
export type { Rule } from "./rule.js";
