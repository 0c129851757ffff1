// The checker's public surface: what the CLI runs, and what other projects can call.
export { checkDirectory, type CheckResult } from "./run.js";
export { fixDirectory, type FixResult } from "./fix.js";
export { addSource, AddSourceError, type AddSourceResult } from "./add-source.js";
export { format, formats, githubSummary, type Format } from "./format.js";
export { rules } from "./rules/index.js";
export type { Diagnostic } from "./diagnostic.js";
export type { CheckContext, Rule } from "./rule.js";
