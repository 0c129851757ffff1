// Which fields hold one fact per source, and how their versions compare, read from the schema: a property
// marked `"x-perSource"` is an array whose entries are each one source's version of a single fact. The mark
// says which entry property (or properties) tells versions apart (`by`) and how two versions compare
// (`compare`): whether they can both be true of the same thing at the same time. disagreements() compares
// exactly the marked fields, each by its mark, so a new field is compared by marking it, without code changes.

/** How two versions of a marked field compare; see `perSourceCompares` for what each means. */
export type PerSourceCompare = "equal" | "quantity" | "date" | "place" | "progression" | "set" | "roles" | "words" | "wording";

/** What each way of comparing means, for the schema's readers and the docs. */
export const perSourceCompares: Readonly<Record<PerSourceCompare, string>> = {
  equal: "different values conflict (an age, a person's status)",
  quantity: "numbers with their unit and qualifier: compatible when the ranges they allow overlap (`more than 60` and `62`)",
  date: "ISO dates as ranges of days, with the entry's `extent`: a more precise date inside a vaguer one is compatible (precision), two days of an event that spans both are compatible (span), two days for one-day events conflict",
  place: "place records: the same place, or one inside the other by the places' `parentPlace`, is compatible (part-of); otherwise they conflict",
  progression: "statuses: a status that `transitions` allows after another, reported by a later article (by the articles' dates), is compatible (progression); otherwise they conflict",
  set: "lists of normalized values: one within the other is compatible (partial-list); lists that each hold what the other lacks conflict",
  roles: "lists of participants, each with a part: compatible unless someone is given two different parts (partial-list)",
  words: "words for one thing, the record itself: always compatible (same-value)",
  wording: "the reports of one statement: where their words differ, a wording difference (quotes)",
};

/** The mark as the schema writes it. */
export interface PerSourceMark {
  /** The entry property (or properties, for a value made of several) that holds the version. */
  by: string | string[];
  compare: PerSourceCompare;
  /** For `progression`: the statuses each status may move on to (transitively). */
  transitions?: Record<string, string[]>;
  /** For `roles`: the item property that holds the part (`part`); the rest of the item names who. */
  role?: string;
}

/** The subset of a JSON Schema node the walk reads. */
export interface PerSourceSchemaNode {
  $ref?: string;
  items?: PerSourceSchemaNode;
  properties?: Record<string, PerSourceSchemaNode>;
  "x-perSource"?: PerSourceMark;
}

/** A marked field: its path from the record root ("*" for every item of an array) and its mark. */
export interface PerSourceField {
  steps: string[];
  mark: PerSourceMark;
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
    const mark = node[perSourceKeyword];
    if (mark && typeof mark === "object" && mark.by !== undefined && typeof mark.compare === "string") found.push({ steps, mark });
    const s = deref(node);
    if (s?.items) visit(s.items, [...steps, "*"], depth + 1);
    for (const [key, child] of Object.entries(s?.properties ?? {})) visit(child, [...steps, key], depth + 1);
  };
  visit({ $ref: `#/$defs/${title}` }, [], 0);
  return found;
}
