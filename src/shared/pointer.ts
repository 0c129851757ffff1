// JSON pointers (RFC 6901), as every message, export and site link names a place in a record.

/** One reference token of a JSON pointer: "~" and "/" escaped. */
export function escapePointerSegment(segment: string): string {
  // Almost no key needs escaping: skip the two replaces for those (this runs for every key walked).
  if (!segment.includes("~") && !segment.includes("/")) return segment;
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The value a JSON pointer names inside `root`; undefined where the path leaves the value. */
export function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    v = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
  }
  return v;
}

/** The property names on the way to a JSON pointer, list indexes left out: `/roles/2/period` → roles, period. */
export const fieldSteps = (pointer: string): string[] => pointer.split("/").slice(1).filter((s) => !/^\d+$/.test(s));
