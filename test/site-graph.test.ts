// The relations graph's colours (scripts/site/graph.ts): every kind of record drawn gets one, a kind
// added later included, distinct while there are colours to spare and visible on the white page.
import { describe, expect, it } from "vitest";
import { groupColours, layoutGraph } from "../scripts/site/graph.js";

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
    const svg = layoutGraph([{ id: "s1", label: "S1", group: "situations" }, { id: "p1", label: "P1", group: "people" }], [["s1", "p1"]], (id) => `#${id}`);
    const colour = groupColours(["situations", "people"]).get("situations")!;
    expect(svg.match(new RegExp(`fill="${colour}"`, "g"))).toHaveLength(2); // the node and its legend entry
  });
});
