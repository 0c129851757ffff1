// Rewriting the bundled schema for the tools that read it (json-schema-to-typescript, zod) and while
// bundling it: one bottom-up copy, and the one shape of `anyOf` those tools misread.

/** A copy of a JSON value in which every object, its children rewritten first, is passed through `rewrite`. */
export function rewriteObjects(value: unknown, rewrite: (object: Record<string, unknown>) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteObjects(item, rewrite));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) out[key] = rewriteObjects(child, rewrite);
  return rewrite(out);
}

/** Whether an `anyOf` only lists alternative `required` sets (a party needs a country or an organization). */
export const onlyRequiredAlternatives = (anyOf: unknown): anyOf is { required: string[] }[] =>
  Array.isArray(anyOf) && anyOf.every((b) => Object.keys(b as object).join() === "required");
