// The linked-data exports expand offline (jsonld 9, a document loader that refuses the network) into the
// triples their nodes state, and every annotation's selectors resolve in its seed.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import jsonld from "jsonld";
import { exportedText } from "../helpers/exports.js";
import { jsonldNodes, LINKS, TYPES, DEFAULT_TYPE } from "../../scripts/export/jsonld.js";
import { VOCAB } from "../../scripts/export/linked-data.js";
import { collectionNames, collections } from "../../src/shared/collections.js";
import { evidenceOf } from "../../src/relations.js";
import { walkObjects } from "../../src/shared/walk.js";
import { referencesIn } from "../../src/shared/schema-lookup.js";
import * as api from "../../src/index.js";

const dataset = JSON.parse(exportedText("dataset.jsonld")) as { "@graph": Record<string, unknown>[] };
const annotations = JSON.parse(exportedText("annotations.jsonld")) as { "@graph": Annotation[] };

interface Annotation {
  id: string;
  body: { source: string; selector: { value: string } };
  target: { source: string; scope: string; selector: [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }, { start: number; end: number }] };
}

const refused: string[] = [];
const offline = async (url: string): Promise<never> => {
  refused.push(url);
  throw new Error(`network refused: ${url}`);
};

/** Statements a JSON-LD document makes, counted from its JSON: one per value of each property of each node. */
function statements(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + statements(v), 0);
  if (value === null || typeof value !== "object") return 0;
  let n = 0;
  for (const [key, v] of Object.entries(value)) {
    if (key === "@context" || key === "id" || key === "@graph") {
      if (key === "@graph") n += statements(v);
      continue;
    }
    const values = Array.isArray(v) ? v : [v];
    n += values.length + statements(values);
  }
  return n;
}

async function triples(doc: unknown): Promise<string[]> {
  const nquads = await jsonld.toRDF(doc, { format: "application/n-quads", documentLoader: offline, safe: true });
  return nquads.split("\n").filter((l) => l !== "");
}

const recordsOf = (c: (typeof collectionNames)[number]) => api[c] as unknown as Record<string, unknown>[];

describe("linked-data exports", () => {
  it("schema.org JSON-LD expands offline into one triple per statement, with a node per record and a Claim per stated value", async () => {
    const quads = await triples(dataset);
    expect(refused).toEqual([]);
    expect(quads.length).toBe(statements(dataset));
    for (const c of collectionNames) {
      const nodes = dataset["@graph"].filter((n) => (n.additionalType as { id: string } | undefined)?.id === `${VOCAB}${collections[c].title}`);
      expect(nodes.length, c).toBe(recordsOf(c).length);
      const type = TYPES[c] ?? DEFAULT_TYPE;
      expect(quads.filter((q) => q.endsWith(`<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/${type}> .`) && nodes.some((n) => q.startsWith(`<${n.id as string}> `))).length, c).toBe(nodes.length);
    }
    let stated = 0;
    for (const c of collectionNames) for (const r of recordsOf(c)) walkObjects(r, (node) => void (typeof node.asStated === "string" && stated++));
    expect(quads.filter((q) => q.endsWith("<http://schema.org/Claim> .")).length).toBe(stated);
    // What each article states: every Claim appears in the articles of its evidence.
    const appearance = quads.filter((q) => q.includes("<http://schema.org/appearance>"));
    expect(appearance.length).toBeGreaterThanOrEqual(stated);
  });

  it("gives quote reports the speaker as creator and the articles they appear in", async () => {
    const quote = api.quotes[0]!;
    const variant = dataset["@graph"].find((n) => (n.id as string).endsWith(`/quotes/${quote.id}#/variants/0`))!;
    expect(variant.type).toEqual(["Claim", "Quotation"]);
    expect(variant.text).toBe(quote.variants[0]!.asStated);
    expect(variant.appearance).toEqual([...new Set(quote.variants[0]!.evidence.map((e) => e.article))].sort().map((a) => ({ id: expect.stringMatching(new RegExp(`/articles/${a}$`)) })));
    // The speakers as the schema marks them (one `speaker` or several `speakers`): the references into people named speaker….
    const speakers = referencesIn("quotes", quote).filter((r) => r.collection === "people" && r.pointer.startsWith("/speaker")).map((r) => ({ id: expect.stringMatching(new RegExp(`/people/${r.id}$`)) }));
    expect(speakers.length).toBeGreaterThan(0);
    expect(variant.creator).toEqual(speakers);
  });

  it("exports a collection or reference it has no schema.org mapping for, as a Thing and in the dataset's vocabulary", () => {
    const saved = { type: TYPES.places, link: LINKS.parentPlace };
    delete TYPES.places;
    delete LINKS.parentPlace;
    try {
      const graph = collectionNames.flatMap((c) => recordsOf(c).flatMap((r) => jsonldNodes(c, r, new Map())));
      const places = graph.filter((n) => (n.additionalType as { id: string } | undefined)?.id === `${VOCAB}Place`);
      expect(places.length).toBe(api.places.length);
      for (const n of places) expect(n.type).toBe(DEFAULT_TYPE);
      expect(places.filter((n) => n["icr:parentPlace"]).length).toBe(api.places.filter((p) => p.parentPlace).length);
    } finally {
      TYPES.places = saved.type;
      LINKS.parentPlace = saved.link;
    }
  });

  it("Web Annotations expand offline into one triple per statement, one annotation per evidence item", async () => {
    const quads = await triples(annotations);
    expect(refused).toEqual([]);
    expect(quads.length).toBe(statements(annotations));
    const expected = collectionNames.flatMap((c) => recordsOf(c).flatMap((r) => evidenceOf(r as never).map((e) => `${c}/${r.id as string}#${e.pointer}`)));
    expect(annotations["@graph"].map((a) => a.id.split("/annotations/")[1]).sort()).toEqual(expected.sort());
    expect(quads.filter((q) => q.endsWith("<http://www.w3.org/ns/oa#Annotation> .")).length).toBe(expected.length);
  });

  it("every annotation's selectors resolve in its seed: quote with prefix and suffix, code points, bytes", () => {
    const seeds = new Map(api.articles.map((a) => [a.seed, readFileSync(`data/seeds/${a.seed}`)]));
    for (const a of annotations["@graph"]) {
      const bytes = seeds.get(decodeURIComponent(a.target.source.split("/seeds/")[1]!))!;
      const codePoints = Array.from(bytes.toString("utf8"));
      const [quote, position, data] = a.target.selector;
      expect(codePoints.slice(position.start, position.end).join(""), a.id).toBe(quote.exact);
      expect(codePoints.slice(position.start - Array.from(quote.prefix).length, position.start).join(""), a.id).toBe(quote.prefix);
      expect(codePoints.slice(position.end, position.end + Array.from(quote.suffix).length).join(""), a.id).toBe(quote.suffix);
      expect(bytes.subarray(data.start, data.end).toString("utf8"), a.id).toBe(quote.exact);
    }
  });
});
