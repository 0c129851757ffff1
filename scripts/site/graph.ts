// The relations graph, laid out at build time by d3-force and written as a static SVG (no script on
// the page). Each node is its label's box; each edge's label is a box of its own, tied to both ends,
// so one collision force keeps every label clear of every other. The viewBox is the drawing's own
// bounds, so every node lies inside the frame, and the SVG scales to the width it is given.
import { forceCenter, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";
import { collections } from "../../src/shared/collections.js";
import { nameOf, push, type Reference, type SiteData, type SiteRecord } from "./data.js";
import { html, type Html } from "./html.js";
import { type Page, recordPath } from "./layout.js";

export interface GraphNode {
  id: string;
  label: string;
  group: string;
  href: string;
}
export interface GraphEdge {
  source: string;
  target: string;
  label: string;
}

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

/** A box in the layout: a node's label or an edge's. */
interface Box extends SimulationNodeDatum {
  w: number;
  h: number;
  node?: GraphNode;
  edge?: GraphEdge;
}

const MAX_LABEL = 30;
const short = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

/** Pushes overlapping boxes apart along the axis where they overlap least (a rectangle collision force). */
function collideBoxes(boxes: Box[], padding: number, strength = 0.7): (alpha: number) => void {
  return () => {
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        const dx = b.x! - a.x!;
        const dy = b.y! - a.y!;
        const ox = (a.w + b.w) / 2 + padding - Math.abs(dx);
        const oy = (a.h + b.h) / 2 + padding - Math.abs(dy);
        if (ox <= 0 || oy <= 0) continue;
        if (ox < oy) {
          const s = ((dx < 0 ? -1 : 1) * ox * strength) / 2;
          a.x! -= s; b.x! += s;
        } else {
          const s = ((dy < 0 ? -1 : 1) * oy * strength) / 2;
          a.y! -= s; b.y! += s;
        }
      }
    }
  };
}

/** Whether any two boxes still overlap. */
function overlapping(boxes: Box[]): boolean {
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, b] = [boxes[i]!, boxes[j]!];
    if (Math.abs(a.x! - b.x!) < (a.w + b.w) / 2 && Math.abs(a.y! - b.y!) < (a.h + b.h) / 2) return true;
  }
  return false;
}

export interface GraphOptions {
  /** Font size of the labels, in SVG units. */
  font: number;
  /** What the graph shows, for its title. */
  caption: string;
  /** The node drawn larger, at the centre (a record's own neighbourhood). */
  centre?: string;
  /** Steps of the simulation: a small graph settles in fewer (every record page draws one). */
  ticks: number;
  /** Drawn taller than wide, to read on a phone at its own scale. */
  tall?: boolean;
}

/** Lays the graph out and draws it: deterministic (d3-force's own seeded random source), so the same data gives the same SVG. */
export function drawGraph(nodes: GraphNode[], edges: GraphEdge[], options: GraphOptions): Html {
  const charWidth = options.font * 0.6;
  const lineHeight = options.font * 1.5;
  const boxes: Box[] = nodes.map((node) => ({ node, w: short(node.label).length * charWidth + options.font * 1.4, h: lineHeight }));
  const byId = new Map(boxes.map((b) => [b.node!.id, b]));
  const edgeBoxes: Box[] = edges.map((edge) => ({ edge, w: edge.label.length * charWidth * 0.9 + 4, h: lineHeight * 0.9 }));
  const all = [...boxes, ...edgeBoxes];
  const links: SimulationLinkDatum<Box>[] = edgeBoxes.flatMap((e) => [{ source: byId.get(e.edge!.source)!, target: e }, { source: e, target: byId.get(e.edge!.target)! }]);
  if (options.centre) {
    const c = byId.get(options.centre);
    if (c) { c.fx = 0; c.fy = 0; }
  }
  const simulation = forceSimulation(all)
    .force("link", forceLink(links).distance(options.font * 3).strength(0.6))
    .force("charge", forceManyBody().strength(-options.font * 12))
    .force("x", forceX(0).strength(options.tall ? 0.3 : 0.06))
    .force("y", forceY(0).strength(options.tall ? 0.02 : 0.09))
    .force("center", forceCenter(0, 0))
    .force("boxes", collideBoxes(all, options.font * 0.3))
    .alphaDecay(1 - Math.pow(0.001, 1 / options.ticks))
    .stop();
  simulation.tick(options.ticks);
  // Then the collision alone until no two labels overlap (bounded: it converges in a few dozen passes).
  const settle = collideBoxes(all, options.font * 0.3, 1);
  for (let i = 0; i < 500 && overlapping(all); i++) settle(0);

  const margin = options.font;
  const minX = Math.min(...all.map((b) => b.x! - b.w / 2)) - margin;
  const maxX = Math.max(...all.map((b) => b.x! + b.w / 2)) + margin;
  const minY = Math.min(...all.map((b) => b.y! - b.h / 2)) - margin;
  const maxY = Math.max(...all.map((b) => b.y! + b.h / 2)) + margin;
  const [width, height] = [Math.ceil(maxX - minX), Math.ceil(maxY - minY)];
  const X = (b: Box, dx = 0) => (b.x! - minX + dx).toFixed(1);
  const Y = (b: Box, dy = 0) => (b.y! - minY + dy).toFixed(1);

  const groups = [...new Set(nodes.map((n) => n.group))];
  const colourOf = groupColours(groups);
  const lines = edgeBoxes.map((e) => {
    const [s, t] = [byId.get(e.edge!.source)!, byId.get(e.edge!.target)!];
    // The arrow ends on the border of the target's box, where it can be seen.
    const [dx, dy] = [e.x! - t.x!, e.y! - t.y!];
    const k = Math.min(1, Math.min(Math.abs(dx) ? t.w / 2 / Math.abs(dx) : Infinity, Math.abs(dy) ? t.h / 2 / Math.abs(dy) : Infinity));
    const end = { x: t.x! + dx * k, y: t.y! + dy * k } as Box;
    return html`<path d="M${X(s)},${Y(s)} L${X(e)},${Y(e)} L${X(end)},${Y(end)}" marker-end="url(#arrow)"/>`;
  });
  const edgeLabels = edgeBoxes.map((e) => html`<text x="${X(e)}" y="${Y(e, options.font * 0.32)}">${e.edge!.label}</text>`);
  const dots = boxes.map((b) => {
    const n = b.node!;
    const left = b.x! - b.w / 2;
    const r = Math.round(options.font * 4) / 10;
    const centre = n.id === options.centre;
    const kind = collections[n.group as keyof typeof collections]?.singular ?? n.group;
    const x = left - minX;
    return html`<a href="${n.href}"><title>${n.label} (${kind})</title>
<rect class="label-box${centre ? " centre" : ""}" x="${x.toFixed(1)}" y="${Y(b, -b.h / 2)}" width="${b.w.toFixed(1)}" height="${b.h.toFixed(1)}" rx="3"/>
<circle cx="${(x + r + 3).toFixed(1)}" cy="${Y(b)}" r="${r}" fill="${colourOf.get(n.group)}"/>
<text x="${(x + 2 * r + 6).toFixed(1)}" y="${Y(b, options.font * 0.35)}">${short(n.label)}</text></a>`;
  });
  const legend = html`<ul class="graph-legend">${groups.map((g) => html`<li><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" fill="${colourOf.get(g)}"/></svg> ${collections[g as keyof typeof collections]?.title ?? g}</li>`)}</ul>`;
  const id = `graph-title-${options.centre ?? "all"}`;
  const arrow = html`<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
<path d="M0,0 L10,5 L0,10 z" fill="#777"/></marker></defs>`;
  return html`<figure class="graph">
<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="font-size:${options.font}px" xmlns="http://www.w3.org/2000/svg" aria-labelledby="${id}">
<title id="${id}">${options.caption}</title>${arrow}
<g class="edges">${lines}</g>
<g class="edge-labels">${edgeLabels}</g>
<g class="nodes">${dots}</g></svg>
<figcaption>${legend}</figcaption></figure>`;
}

/** The kinds of record a graph draws: the ones that stand for something in the world (not texts or statements). */
const DRAWN = new Set(["people", "organizations", "groups", "events", "agreements", "places", "situations"]);

/** At most this many neighbours around a record: the most connected first. */
const NEIGHBOURS = 16;

/** Whether a reference joins two kinds of record that graphs draw. */
const joinsDrawn = (r: Reference) => DRAWN.has(r.from.split("/")[0]!) && DRAWN.has(r.to.split("/")[0]!);

/** The records `keys` as the nodes of a graph, and the references between them as its edges, each (from, to, field) once. */
function graphOf(page: Page, data: SiteData, keys: string[], references: readonly Reference[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const keep = new Set(keys);
  const seen = new Set<string>();
  const drawn = references.filter((e) => {
    const key = `${e.from}>${e.to}>${e.relation}`;
    return keep.has(e.from) && keep.has(e.to) && !seen.has(key) && seen.add(key);
  });
  return {
    nodes: keys.map((k) => ({ id: k, label: nameOf(data.byKey.get(k), data), group: k.split("/")[0]!, href: page.link(recordPath(k)) })),
    edges: drawn.map((e) => ({ source: e.from, target: e.to, label: e.relation })),
  };
}

/** A record with the records it refers to and those that refer to it, each edge labelled with its field. */
export function neighbourhood(page: Page, data: SiteData, record: SiteRecord): Html {
  if (!DRAWN.has(record.collection)) return html``;
  const edges = (data.linksOf.get(record.key) ?? []).filter(joinsDrawn);
  if (!edges.length) return html``;
  const degree = (k: string) => (data.referredToBy.get(k)?.size ?? 0);
  const linked = [...new Set(edges.map((e) => (e.from === record.key ? e.to : e.from)))];
  const others = linked.sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1)).slice(0, NEIGHBOURS);
  const { nodes, edges: drawn } = graphOf(page, data, [...new Set([record.key, ...others])], edges);
  const svg = drawGraph(nodes, drawn, { font: 14, caption: `${nameOf(record, data)} and the records it is linked to`, centre: record.key, ticks: 60, tall: true });
  const more = others.length < linked.length ? html`<p class="note">The ${NEIGHBOURS} most connected of its neighbours are drawn; the lists below name them all.</p>` : "";
  return html`<section class="neighbourhood" aria-labelledby="nb-h"><h2 id="nb-h">Linked records</h2>${more}${svg}</section>`;
}

/** The relations graph of a whole dataset (or its most connected records). */
export function relationsGraph(page: Page, data: SiteData, maxNodes: number): { svg: Html; shown: number; total: number; keys: string[] } {
  const drawnKeys = [...data.byKey.values()].filter((r) => DRAWN.has(r.collection) && r.valid).map((r) => r.key);
  const degree = new Map<string, number>();
  const edges = data.references.filter(joinsDrawn);
  for (const e of edges) for (const k of [e.from, e.to]) degree.set(k, (degree.get(k) ?? 0) + 1);
  // A record linked to nothing would float alone; the graph grows from the most linked record through
  // its most linked neighbours (then from the most linked record left), so what it draws is connected.
  const linked = drawnKeys.filter((k) => degree.has(k)).sort((a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : 1));
  const neighbours = new Map<string, string[]>();
  for (const e of edges) for (const [a, b] of [[e.from, e.to], [e.to, e.from]] as const) push(neighbours, a, b);
  const keep = new Set<string>();
  const frontier = new Set<string>();
  for (let next = 0; keep.size < Math.min(maxNodes, linked.length);) {
    let pick: string | undefined;
    for (const k of frontier) if (!pick || degree.get(k)! > degree.get(pick)! || (degree.get(k) === degree.get(pick) && k < pick)) pick = k;
    if (!pick) { while (keep.has(linked[next]!)) next++; pick = linked[next]!; }
    frontier.delete(pick);
    keep.add(pick);
    for (const n of neighbours.get(pick) ?? []) if (!keep.has(n) && degree.has(n)) frontier.add(n);
  }
  const { nodes, edges: drawn } = graphOf(page, data, [...keep].sort(), edges);
  const svg = drawGraph(nodes, drawn, { font: 12, caption: `${nodes.length} records and the ${drawn.length} links between them`, ticks: 400 });
  return { svg, shown: nodes.length, total: linked.length, keys: nodes.map((n) => n.id) };
}
