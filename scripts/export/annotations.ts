// annotations.jsonld: one W3C Web Annotation per evidence item. The target is the passage of the
// article's seed, by quote (TextQuoteSelector), by Unicode code points (TextPositionSelector, as the
// spec counts) and by UTF-8 bytes (DataPositionSelector); the body is the record value it supports.
import type { EvidenceRow } from "./evidence.js";
import { BASE, recordIri, seedIri } from "./linked-data.js";
import type { SourceTerms } from "./sources.js";

/**
 * The Web Annotation terms used, inline, mapped to the IRIs of http://www.w3.org/ns/anno.jsonld, so the
 * file expands with no network (the anno.jsonld URL itself is left out: it would be fetched).
 */
export const ANNOTATION_CONTEXT = {
  oa: "http://www.w3.org/ns/oa#",
  dcterms: "http://purl.org/dc/terms/",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  schema: "http://schema.org/",
  id: "@id",
  type: "@type",
  Annotation: "oa:Annotation",
  SpecificResource: "oa:SpecificResource",
  TextQuoteSelector: "oa:TextQuoteSelector",
  TextPositionSelector: "oa:TextPositionSelector",
  DataPositionSelector: "oa:DataPositionSelector",
  FragmentSelector: "oa:FragmentSelector",
  linking: "oa:linking",
  describing: "oa:describing",
  body: { "@type": "@id", "@id": "oa:hasBody" },
  target: { "@type": "@id", "@id": "oa:hasTarget" },
  source: { "@type": "@id", "@id": "oa:hasSource" },
  scope: { "@type": "@id", "@id": "oa:hasScope" },
  selector: { "@type": "@id", "@id": "oa:hasSelector" },
  motivation: { "@type": "@vocab", "@id": "oa:motivatedBy" },
  purpose: { "@type": "@vocab", "@id": "oa:hasPurpose" },
  exact: "oa:exact",
  prefix: "oa:prefix",
  suffix: "oa:suffix",
  start: { "@type": "xsd:nonNegativeInteger", "@id": "oa:start" },
  end: { "@type": "xsd:nonNegativeInteger", "@id": "oa:end" },
  value: "rdf:value",
  conformsTo: { "@type": "@id", "@id": "dcterms:conformsTo" },
  rights: { "@type": "@id", "@id": "dcterms:rights" },
  creditText: "schema:creditText",
  copyrightNotice: "schema:copyrightNotice",
} as const;

/** One evidence row as a Web Annotation. Written one at a time, as the rows stream. */
export function annotation(row: EvidenceRow, terms: ReadonlyMap<string, SourceTerms>): unknown {
  const source = terms.get(row.article)!;
  return {
    id: `${BASE}annotations/${row.collection}/${encodeURIComponent(row.record_id)}#${encodeURI(row.evidence_pointer)}`,
    type: "Annotation",
    motivation: "linking",
    body: {
      type: "SpecificResource",
      source: recordIri(row.collection, row.record_id),
      purpose: "describing",
      selector: { type: "FragmentSelector", conformsTo: "http://tools.ietf.org/rfc/rfc6901", value: row.pointer },
    },
    target: {
      type: "SpecificResource",
      source: seedIri(row.seed),
      scope: recordIri("articles", row.article),
      selector: [
        { type: "TextQuoteSelector", exact: row.quote, prefix: row.prefix, suffix: row.suffix },
        { type: "TextPositionSelector", start: row.code_point_start, end: row.code_point_end },
        { type: "DataPositionSelector", start: row.byte_start, end: row.byte_end },
      ],
      ...(source.licenseUrl ? { rights: source.licenseUrl } : {}),
      creditText: source.attribution,
      copyrightNotice: source.rights,
    },
  };
}
