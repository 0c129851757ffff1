// Validation for consumers, with the checker's plain-words messages. The ajv validators are precompiled
// standalone code, bundled into the build: no ajv at run time.
// The default import (module.exports) works for the shared dist/validators.cjs from ESM and CommonJS alike.
import validators from "./generated/schema/validators.cjs";
import type { CollectionName } from "./shared/collections.js";
import { explain } from "./shared/explain.js";
import { nestedDeeperThan, TOO_DEEP_MESSAGE } from "./shared/depth.js";
import type { Evidence } from "./generated/schema/types.js";

export interface ValidationIssue {
  /** JSON pointer of the offending value ("" is the whole record). */
  pointer: string;
  message: string;
  /** What the schema says the value is. */
  hint?: string;
}

/**
 * A record as the schema (and data/) has it: the package's record type with each evidence item's
 * `position` optional, since the build adds it to the records it ships and a record validated from
 * elsewhere need not have one.
 */
export type SourceRecord<T> = T extends Evidence
  ? Omit<Evidence, "position"> & { readonly position?: Evidence["position"] }
  : T extends object
    ? { readonly [K in keyof T]: SourceRecord<T[K]> }
    : T;

export type ValidationResult<T> = { valid: true; value: T; issues: [] } | { valid: false; value?: undefined; issues: ValidationIssue[] };

export function validate(collection: CollectionName, value: unknown): ValidationResult<unknown> {
  // Recursive code (ajv's deep compare, the message builder) would overflow the stack on such a value.
  if (nestedDeeperThan(value)) return { valid: false, issues: [{ pointer: "", message: TOO_DEEP_MESSAGE }] };
  const check = validators[collection];
  if (check(value)) return { valid: true, value, issues: [] };
  const errors = check.errors ?? [];
  const issues = errors.flatMap((error) => {
    const finding = explain(collection, value, error, errors);
    return finding ? [{ pointer: finding.pointer ?? error.instancePath, message: finding.message, ...(finding.hint ? { hint: finding.hint } : {}) }] : [];
  });
  return { valid: false, issues };
}
