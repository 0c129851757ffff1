// Where many strings occur in many others, in one pass (Aho–Corasick). Asking `haystack.includes(needle)`
// for every pair costs needles × haystacks: one record of 20 000 name forms and 20 000 quotes (a file
// under the 1 MiB limit) held the name-forms rule for half a minute. This takes time linear in the total
// length of the needles and the haystacks. Strings are compared as JavaScript compares them, by UTF-16 unit.

/** Where a needle first occurs: the first haystack (in order) holding it, and its first start offset there. */
export interface Occurrence {
  haystack: number;
  index: number;
}

/**
 * Counts the elementary steps a search takes (a unit passed over, a link followed, a match visited), for
 * tests that hold it linear without timing it. Searches given none count into one of their own.
 */
export interface SearchSteps {
  taken: number;
}

/** Up to this many needles are searched one by one; more go through the automaton. */
export const FEW_NEEDLES = 8;

/** For each needle, its first occurrence in the haystacks, or undefined. The empty needle occurs at 0 of the first haystack. */
export function firstOccurrences(needles: readonly string[], haystacks: readonly string[], steps?: SearchSteps): (Occurrence | undefined)[] {
  // A few needles (the usual record: a name form or two, a handful of asStated strings) are cheaper to look
  // for one by one with the engine's native search than through an automaton built for them: at most
  // FEW_NEEDLES passes over the haystacks, still linear in their length.
  return needles.length <= FEW_NEEDLES ? firstOccurrencesOneByOne(needles, haystacks, steps) : firstOccurrencesByAutomaton(needles, haystacks, steps);
}

const emptyNeedlesFound = (needles: readonly string[], haystacks: readonly string[]): (Occurrence | undefined)[] =>
  needles.map((n) => (n === "" && haystacks.length > 0 ? { haystack: 0, index: 0 } : undefined));

/** `firstOccurrences` needle by needle, haystack by haystack, with indexOf. */
export function firstOccurrencesOneByOne(needles: readonly string[], haystacks: readonly string[], steps?: SearchSteps): (Occurrence | undefined)[] {
  const found = emptyNeedlesFound(needles, haystacks);
  needles.forEach((needle, i) => {
    if (needle === "") return;
    for (let h = 0; h < haystacks.length; h++) {
      const index = haystacks[h]!.indexOf(needle);
      if (steps) steps.taken += haystacks[h]!.length; // what indexOf may pass over
      if (index !== -1) {
        found[i] = { haystack: h, index };
        return;
      }
    }
  });
  return found;
}

/** `firstOccurrences` in one pass over the haystacks, whatever the number of needles. */
export function firstOccurrencesByAutomaton(needles: readonly string[], haystacks: readonly string[], steps?: SearchSteps): (Occurrence | undefined)[] {
  const found = emptyNeedlesFound(needles, haystacks);
  const automaton = new Automaton(needles, steps);
  // Each node's needles are recorded the first time it is reached; its output chain was recorded with it.
  const reached = new Uint8Array(automaton.size);
  haystacks.forEach((haystack, h) => {
    automaton.scan(haystack, (node, end) => {
      if (reached[node]) return false;
      reached[node] = 1;
      for (const i of automaton.endingAt(node)) found[i] = { haystack: h, index: end - automaton.depthOf(node) };
      return true;
    });
  });
  return found;
}

/**
 * Every occurrence of every needle in a text, overlapping ones included, in one pass: `visit` gets the
 * needle's index and its start offset. The automaton is built once for many texts.
 */
export class Occurrences {
  private readonly automaton: Automaton;
  constructor(needles: readonly string[], steps?: SearchSteps) {
    this.automaton = new Automaton(needles, steps);
  }

  forEach(text: string, visit: (needle: number, start: number) => void): void {
    const a = this.automaton;
    a.scan(text, (node, end) => {
      for (const i of a.endingAt(node)) visit(i, end - a.depthOf(node));
      return true;
    });
  }
}

/** An Aho–Corasick automaton over needles (the empty needle left out). */
class Automaton {
  // The trie's edges, by UTF-16 unit then parent node (node 0 is the root): small-integer keys, which V8
  // hashes without allocating (node * 65536 + unit overflows them).
  private readonly edges: (Map<number, number> | undefined)[] = [];
  private readonly depth = [0];
  /** The needles that end at each node; undefined where none does (most nodes, at scale). */
  private readonly ending: (number[] | undefined)[] = [undefined];
  private readonly fail: number[];
  private readonly output: number[];

  constructor(needles: readonly string[], private readonly steps: SearchSteps = { taken: 0 }) {
    const { edges, depth, ending } = this;
    const parent = [0];
    const unit = [0]; // the unit on the edge into each node
    needles.forEach((needle, i) => {
      if (needle === "") return;
      let node = 0;
      steps.taken += needle.length;
      for (let k = 0; k < needle.length; k++) {
        const c = needle.charCodeAt(k);
        let next = edges[c]?.get(node);
        if (next === undefined) {
          next = depth.length;
          (edges[c] ??= new Map()).set(node, next);
          depth.push(depth[node]! + 1);
          parent.push(node);
          unit.push(c);
          ending.push(undefined);
        }
        node = next;
      }
      (ending[node] ??= []).push(i);
    });
    // Failure links (the longest proper suffix that is in the trie) and output links (the nearest such
    // suffix where a needle ends), shallowest nodes first so a node's links are set before its children's.
    this.fail = new Array<number>(depth.length).fill(0);
    this.output = new Array<number>(depth.length).fill(-1);
    const byDepth: number[][] = [];
    depth.forEach((d, node) => (byDepth[d] ??= []).push(node));
    for (const node of byDepth.flat()) {
      if (depth[node]! <= 1) continue; // the root and its children fail to the root
      const f = (this.fail[node] = this.step(this.fail[parent[node]!]!, unit[node]!));
      this.output[node] = ending[f] ? f : this.output[f]!;
    }
  }

  get size(): number {
    return this.depth.length;
  }

  depthOf(node: number): number {
    return this.depth[node]!;
  }

  /** The needles that end at a node. */
  endingAt(node: number): readonly number[] {
    return this.ending[node] ?? [];
  }

  private step(node: number, c: number): number {
    for (;;) {
      this.steps.taken++;
      const next = this.edges[c]?.get(node);
      if (next !== undefined) return next;
      if (node === 0) return 0;
      node = this.fail[node]!;
    }
  }

  /**
   * Walks the text; at each offset `end` (just past a match), calls `match` with each node where needles
   * end, longest first, down the output chain until `match` returns false.
   */
  scan(text: string, match: (node: number, end: number) => boolean): void {
    let node = 0;
    for (let k = 0; k < text.length; k++) {
      node = this.step(node, text.charCodeAt(k));
      for (let t = this.ending[node] ? node : this.output[node]!; t !== -1 && match(t, k + 1); t = this.output[t]!) this.steps.taken++;
    }
  }
}
