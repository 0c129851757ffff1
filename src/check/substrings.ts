// Where many strings occur in many others, in one pass (Aho–Corasick). Asking `haystack.includes(needle)`
// for every pair costs needles × haystacks: one record of 20 000 name forms and 20 000 quotes (a file
// under the 1 MiB limit) held the name-forms rule for half a minute. This takes time linear in the total
// length of the needles and the haystacks. Strings are compared as JavaScript compares them, by UTF-16 unit.

/** Where a needle first occurs: the first haystack (in order) holding it, and its first start offset there. */
export interface Occurrence {
  haystack: number;
  index: number;
}

/** Up to this many needles are searched one by one; more go through the automaton. */
export const FEW_NEEDLES = 8;

/** For each needle, its first occurrence in the haystacks, or undefined. The empty needle occurs at 0 of the first haystack. */
export function firstOccurrences(needles: readonly string[], haystacks: readonly string[]): (Occurrence | undefined)[] {
  // A few needles (the usual record: a name form or two, a handful of asStated strings) are cheaper to look
  // for one by one with the engine's native search than through an automaton built for them: at most
  // FEW_NEEDLES passes over the haystacks, still linear in their length.
  return needles.length <= FEW_NEEDLES ? firstOccurrencesOneByOne(needles, haystacks) : firstOccurrencesByAutomaton(needles, haystacks);
}

const emptyNeedlesFound = (needles: readonly string[], haystacks: readonly string[]): (Occurrence | undefined)[] =>
  needles.map((n) => (n === "" && haystacks.length > 0 ? { haystack: 0, index: 0 } : undefined));

/** `firstOccurrences` needle by needle, haystack by haystack, with indexOf. */
export function firstOccurrencesOneByOne(needles: readonly string[], haystacks: readonly string[]): (Occurrence | undefined)[] {
  const found = emptyNeedlesFound(needles, haystacks);
  needles.forEach((needle, i) => {
    if (needle === "") return;
    for (let h = 0; h < haystacks.length; h++) {
      const index = haystacks[h]!.indexOf(needle);
      if (index !== -1) {
        found[i] = { haystack: h, index };
        return;
      }
    }
  });
  return found;
}

/** `firstOccurrences` in one pass over the haystacks, whatever the number of needles. */
export function firstOccurrencesByAutomaton(needles: readonly string[], haystacks: readonly string[]): (Occurrence | undefined)[] {
  const found = emptyNeedlesFound(needles, haystacks);
  // The trie: node 0 is the root; an edge is keyed by node * 65536 + UTF-16 unit (below 2^53 for any input).
  const edges = new Map<number, number>();
  const depth = [0];
  const ending: number[][] = [[]]; // the needles that end at each node
  const children: number[][] = [[]];
  needles.forEach((needle, i) => {
    if (needle === "") return;
    let node = 0;
    for (let k = 0; k < needle.length; k++) {
      const key = node * 65536 + needle.charCodeAt(k);
      let next = edges.get(key);
      if (next === undefined) {
        next = depth.length;
        edges.set(key, next);
        depth.push(depth[node]! + 1);
        ending.push([]);
        children.push([]);
        children[node]!.push(next);
      }
      node = next;
    }
    ending[node]!.push(i);
  });
  const unit = new Map<number, number>(); // the unit on the edge into each node
  for (const [key, node] of edges) unit.set(node, key % 65536);
  const step = (node: number, c: number): number => {
    for (;;) {
      const next = edges.get(node * 65536 + c);
      if (next !== undefined) return next;
      if (node === 0) return 0;
      node = fail[node]!;
    }
  };
  // Failure links (the longest proper suffix that is in the trie) and output links (the nearest such
  // suffix where a needle ends), breadth first so a node's links are set before its children's.
  const fail = new Array<number>(depth.length).fill(0);
  const output = new Array<number>(depth.length).fill(-1);
  const queue = [...children[0]!];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    for (const child of children[node]!) {
      fail[child] = node === 0 ? 0 : step(fail[node]!, unit.get(child)!);
      const f = fail[child]!;
      output[child] = ending[f]!.length > 0 ? f : output[f]!;
      queue.push(child);
    }
  }
  // Each node's needles are recorded the first time it is reached; its output chain was recorded with it.
  const reached = new Uint8Array(depth.length);
  haystacks.forEach((haystack, h) => {
    let node = 0;
    for (let k = 0; k < haystack.length; k++) {
      node = step(node, haystack.charCodeAt(k));
      for (let t = ending[node]!.length > 0 ? node : output[node]!; t !== -1 && !reached[t]; t = output[t]!) {
        reached[t] = 1;
        for (const i of ending[t]!) found[i] = { haystack: h, index: k + 1 - depth[t]! };
      }
    }
  });
  return found;
}
