// The relations graph (scripts/site/graph.ts): laid out by d3-force with every label clear of every
// other and inside the frame, the same for the same data; every kind of record drawn gets a colour, a
// kind added later included, distinct while there are colours to spare and visible on the white page.
import { describe, expect, it } from "vitest";
import { drawGraph, type GraphEdge, type GraphNode, groupColours } from "../../scripts/site/graph.js";

/** WCAG contrast ratio of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (luminance + 0.05);
}

describe("relations graph colours", () => {
  const named = ["people", "organizations", "events", "agreements", "groups"];
  const unnamed = Array.from({ length: 8 }, (_, i) => `collection-${i}`);

  it("gives every kind a distinct colour, kinds no one named included, each at least 3:1 against white", () => {
    const colours = groupColours([...named, ...unnamed]);
    expect([...colours.keys()]).toEqual([...named, ...unnamed]);
    expect(new Set(colours.values()).size).toBe(named.length + unnamed.length);
    for (const [kind, colour] of colours) expect(contrastOnWhite(colour), `${kind} ${colour}`).toBeGreaterThanOrEqual(3);
  });

  it("keeps the named kinds' colours whatever else is drawn, and draws an unnamed kind's nodes and legend in its colour", () => {
    expect(groupColours(["situations", "people"]).get("people")).toBe(groupColours(["people"]).get("people"));
    const svg = drawGraph([{ id: "s1", label: "S1", group: "situations", href: "#s1" }, { id: "p1", label: "P1", group: "people", href: "#p1" }], [{ source: "s1", target: "p1", label: "parties" }], { font: 12, caption: "two", ticks: 100 }).text;
    const colour = groupColours(["situations", "people"]).get("situations")!;
    expect(svg.match(new RegExp(`fill="${colour}"`, "g"))).toHaveLength(2); // the node and its legend entry
  });
});

describe("relations graph layout", () => {
  // A tangle: 40 records of three kinds, each linked to a few others, with long and short labels.
  const nodes: GraphNode[] = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, label: i % 3 ? `Record ${i}` : `A record with a rather long name number ${i}`, group: ["people", "events", "agreements"][i % 3]!, href: `#n${i}` }));
  const edges: GraphEdge[] = nodes.flatMap((n, i) => [1, 7, 13].filter((k) => i % k === 0).map((k) => ({ source: n.id, target: `n${(i + k) % 40}`, label: k === 1 ? "participants" : "part of event" })));
  const svg = drawGraph(nodes, edges, { font: 12, caption: "a tangle", ticks: 300 }).text;
  const number = (s: string) => Number.parseFloat(s);
  const boxes = [...svg.matchAll(/<rect class="label-box[^"]*" x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({ x: number(m[1]!), y: number(m[2]!), w: number(m[3]!), h: number(m[4]!) }));
  const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);

  it("draws every node inside the frame, as a box no other overlaps", () => {
    expect(boxes).toHaveLength(nodes.length);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(width!);
      expect(b.y + b.h).toBeLessThanOrEqual(height!);
    }
    const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).map((b) => `${JSON.stringify(a)} × ${JSON.stringify(b)}`));
    expect(overlaps).toEqual([]);
  });

  it("labels every edge with its relation, outside every node's box", () => {
    const labels = [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)">(participants|part of event)<\/text>/g)];
    expect(labels).toHaveLength(edges.length);
    for (const [, x, y] of labels) expect(boxes.some((b) => number(x!) > b.x && number(x!) < b.x + b.w && number(y!) > b.y && number(y!) < b.y + b.h)).toBe(false);
  });

  it("gives the same drawing for the same graph", () => {
    expect(drawGraph(nodes, edges, { font: 12, caption: "a tangle", ticks: 300 }).text).toBe(svg);
  });
});
