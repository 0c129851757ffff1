// Which fields hold one fact per source, read from the schema: a property marked `"x-perSource"` is an
// array whose entries are each one source's version of a single-valued fact. The mark's value names the
// entry property that tells versions apart (`value` for normalized numbers, statuses and dates;
// `asStated` for wordings). disagreements() compares exactly the marked fields, so a new field is
// compared by marking it, without code changes.

/** The subset of a JSON Schema node the walk reads. */
export interface PerSourceSchemaNode {
  $ref?: string;
  items?: PerSourceSchemaNode;
  properties?: Record<string, PerSourceSchemaNode>;
  "x-perSource"?: string;
}

/** A marked field: its path from the record root ("*" for every item of an array) and what versions are told apart by. */
export interface PerSourceField {
  steps: string[];
  by: string;
}

/** The annotation keyword, declared to every strict ajv (scripts/lib/ajv.ts). */
export const perSourceKeyword = "x-perSource";

/** Every marked field of the record type `title` in a bundled schema's `$defs`, in schema order. */
export function perSourceFields(defs: Record<string, PerSourceSchemaNode>, title: string): PerSourceField[] {
  const found: PerSourceField[] = [];
  const deref = (node: PerSourceSchemaNode | undefined): PerSourceSchemaNode | undefined => {
    for (let guard = 0; node?.$ref && guard < 32; guard++) node = defs[node.$ref.replace(/^.*#\/\$defs\//, "")];
    return node;
  };
  const visit = (node: PerSourceSchemaNode | undefined, steps: string[], depth: number): void => {
    if (!node || depth > 12) return; // the schemas nest about seven levels; no recursion in them
    const by = node[perSourceKeyword];
    if (typeof by === "string") found.push({ steps, by });
    const s = deref(node);
    if (s?.items) visit(s.items, [...steps, "*"], depth + 1);
    for (const [key, child] of Object.entries(s?.properties ?? {})) visit(child, [...steps, key], depth + 1);
  };
  visit({ $ref: `#/$defs/${title}` }, [], 0);
  return found;
}
