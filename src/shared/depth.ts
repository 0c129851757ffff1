// How deep a record can nest, shared by the checker, the validate entry and the zod entry. The schema's
// deepest record nests about seven levels; 64 leaves room for any schema growth while keeping far below
// what recursive code (ajv's uniqueItems deep compare, message builders, zod) can walk without
// overflowing the stack. Deeper input is refused before anything recursive sees it.

/** The most containers (arrays and objects) a record may nest, one inside another. */
export const MAX_RECORD_DEPTH = 64;

export const TOO_DEEP_MESSAGE = `nested more than ${MAX_RECORD_DEPTH} levels deep, deeper than any record can be`;

/** Whether a value nests more than `limit` containers; iterative, so any depth is safe to ask about. */
export function nestedDeeperThan(value: unknown, limit = MAX_RECORD_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
    }
  }
  return false;
}
