// JSON pointers (RFC 6901), as every message, export and site link names a place in a record.

/** One reference token of a JSON pointer: "~" and "/" escaped. */
export function escapePointerSegment(segment: string): string {
  // Almost no key needs escaping: skip the two replaces for those (this runs for every key walked).
  if (!segment.includes("~") && !segment.includes("/")) return segment;
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
