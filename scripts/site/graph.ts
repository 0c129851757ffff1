// The relations graph, laid out at build time: one ring per kind of record, nodes in id order, so the
// same data always gives the same SVG. Text labels and a <title> per node serve as alt text.
export interface GraphNode { id: string; label: string; group: string }

import { esc } from "./escape.js";
const colours: Record<string, string> = { people: "#1f5f99", organizations: "#8a3b00", events: "#2d6a2d", agreements: "#6b2d8a", groups: "#8a1f4a" };
// For kinds of record the table above does not name (a collection added later): dark enough for 3:1
// against the white page, and distinct from the named ones and from each other.
const moreColours = ["#00606b", "#5c5c00", "#7a2e2e", "#3d3d8f", "#006b3c", "#6b4a00", "#4a4a4a", "#8f2d8f"];

/** A colour for each kind of record drawn, in order: the named ones keep theirs; the rest take the next unused one. */
export function groupColours(groups: readonly string[]): Map<string, string> {
  let next = 0;
  // Past the spare colours they repeat; the legend's names and each node's title still tell the kinds apart.
  return new Map(groups.map((g) => [g, Object.hasOwn(colours, g) ? colours[g]! : moreColours[next++ % moreColours.length]!]));
}

export function layoutGraph(nodes: GraphNode[], edges: [string, string][], link: (id: string) => string): string {
  const groups = [...new Set(nodes.map((n) => n.group))];
  const colourOf = groupColours(groups);
  const size = 1200;
  const centre = size / 2;
  const at = new Map<string, [number, number]>();
  groups.forEach((g, gi) => {
    const members = nodes.filter((n) => n.group === g);
    const radius = 160 + gi * 120;
    members.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / members.length + gi * 0.3;
      at.set(n.id, [Math.round(centre + radius * Math.cos(angle)), Math.round(centre + radius * Math.sin(angle))]);
    });
  });
  const lines = edges.map(([a, b]) => { const [x1, y1] = at.get(a)!; const [x2, y2] = at.get(b)!; return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`; }).join("");
  const dots = nodes.map((n) => {
    const [x, y] = at.get(n.id)!;
    return `<a href="${link(n.id)}"><title>${esc(n.label)} (${esc(n.group)})</title><circle cx="${x}" cy="${y}" r="7" fill="${colourOf.get(n.group)}"/><text x="${x + 9}" y="${y + 4}">${esc(n.label.length > 28 ? `${n.label.slice(0, 27)}…` : n.label)}</text></a>`;
  }).join("");
  const legend = groups.map((g, i) => `<g transform="translate(10,${20 + i * 20})"><circle r="6" cx="6" cy="-4" fill="${colourOf.get(g)}"/><text x="18">${esc(g)}</text></g>`).join("");
  return `<svg class="graph" aria-labelledby="graph-title" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" xmlns="http://www.w3.org/2000/svg"><title id="graph-title">Graph of ${nodes.length} records and ${edges.length} references between them</title><g class="edges">${lines}</g>${legend}<g class="nodes">${dots}</g></svg>`;
}
