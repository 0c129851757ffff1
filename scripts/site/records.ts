// A page per record, reader first: where the sources disagree about it, what each outlet says of it,
// the statements of a person or said at an event, its neighbourhood in the relations graph; then the
// full record in words, and for an article its text with the cited passages marked.
import type { Diagnostic } from "../../src/check/diagnostic.js";
import { collectionNames, collections, type CollectionName } from "../../src/shared/collections.js";
import { datasetSchema } from "../../src/generated/schema/dataset-schema.js";
import { perSourceFields, type PerSourceSchemaNode } from "../../src/shared/per-source.js";
import { recordSchema, resolve, schemaAt } from "../../src/shared/schema-lookup.js";
import { articleText } from "./article.js";
import { compare, nameOf, push, type SiteData, type SiteRecord, statementsIn } from "./data.js";
import { differenceItem, reports } from "./differences.js";
import { neighbourhood } from "./graph.js";
import { html, type Html, join } from "./html.js";
import { type Artefact, articleLink, cite, Page, pagePath, paginate, recordLink, recordPath, shell } from "./layout.js";
import { entryInShort, RecordView } from "./values.js";
import { label } from "./words.js";

/** More than this many records referring to one get their own paginated list. */
const BACKLINKS_ON_PAGE = 100;

/**
 * The fields of each summary: the schema's one-fact-per-source fields (what each outlet says: an age, a
 * date, a place, who signed, what it is called), and for a person, the roles each outlet gives.
 */
const SUMMARY_EXTRAS: Partial<Record<CollectionName, string[]>> = { people: ["roles"] };
const summaryFields = new Map(collectionNames.map((c) => {
  const marked = perSourceFields(datasetSchema.$defs as unknown as Record<string, PerSourceSchemaNode>, collections[c].title).filter((f) => f.steps.length === 1).map((f) => f.steps[0]!);
  return [c, new Set([...(SUMMARY_EXTRAS[c] ?? []), ...marked])];
}));

/** What each outlet says of the record: its stated values in the summary fields, by article. */
function byOutlet(page: Page, data: SiteData, record: SiteRecord): Html {
  const fields = summaryFields.get(record.collection)!;
  const byArticle = new Map<string, Html[]>();
  for (const { field, entry, articles } of statementsIn(record)) {
    if (!fields.has(field)) continue;
    const node = schemaAt(record.collection, `/${field}/0`);
    for (const a of articles) push(byArticle, a, html`<li><span class="field">${label(field)}</span> ${entryInShort(page, data, entry, node)}</li>`);
  }
  if (!byArticle.size) return html``;
  const order = [...byArticle.keys()].sort((a, b) => compare(data.labels.get(a)?.date ?? "9999", data.labels.get(b)?.date ?? "9999") || compare(a, b));
  return html`<section class="by-outlet" aria-labelledby="by-outlet-h"><h2 id="by-outlet-h">What each outlet says</h2>${order.map((a) => html`<div class="outlet-says"><h3>${articleLink(page, data, a)}</h3><ul>${byArticle.get(a)!}</ul></div>`)}</section>`;
}

/** The quotes that refer to the record through `relation`, each with the outlets that report it. */
function statements(page: Page, data: SiteData, record: SiteRecord, relation: string, heading: string): Html {
  const quotes = (data.linksOf.get(record.key) ?? []).filter((r) => r.to === record.key && r.relation === relation && r.from.startsWith("quotes/")).map((r) => data.byKey.get(r.from)!).filter((q) => q.valid);
  if (!quotes.length) return html``;
  return html`<section aria-labelledby="said-${relation}"><h2 id="said-${relation}">${heading}</h2><ul class="statements">${quotes.map((q) => {
    const variants = (q.value.variants as { asStated: string; speech: string; evidence: { article: string }[] }[]);
    const outlets = [...new Set(variants.map((v) => v.evidence[0]?.article).filter((a): a is string => !!a))];
    return html`<li><a href="${page.link(recordPath(q.key))}">${nameOf(q, data)}</a><br><small>reported by ${join(outlets.map((a) => articleLink(page, data, a)), ", ")}</small></li>`;
  })}</ul></section>`;
}

export function diagnosticsBox(list: readonly Diagnostic[] | undefined): Html {
  if (!list?.length) return html``;
  return html`<section class="diagnostics" aria-labelledby="diag-h"><h2 id="diag-h">Checker findings</h2><ul>${list.map((d) => html`<li><code>${d.file}:${d.line}:${d.column}</code> ${d.severity}: ${d.message}${d.pointer ? html` (at <code>${d.pointer}</code>)` : ""} [${d.rule}]${d.hint ? html`<br><small>${d.hint}</small>` : ""}</li>`)}</ul></section>`;
}

/** The page of one record (and, for a record many refer to, the pages listing them). */
export function* recordPages(data: SiteData, record: SiteRecord, findings: Map<string, Diagnostic[]>): Generator<Artefact> {
  const page = new Page(recordPath(record.key));
  const schema = resolve(recordSchema(record.collection));
  const view = new RecordView(page, data);
  const back = [...(data.referredToBy.get(record.key) ?? [])].sort();
  const refItem = (p: Page, k: string) => html`<li>${recordLink(p, data, k)} <span class="kind">${collections[data.byKey.get(k)!.collection].singular}</span></li>`;
  let backHtml: Html = html``;
  if (back.length > BACKLINKS_ON_PAGE) {
    yield* paginate([record.collection, record.id, "referred-to-by"], `What refers to ${nameOf(record, data)}`, (p) => html`<p><a href="${p.link(recordPath(record.key))}">Back to ${nameOf(record, data)}</a></p>`, back, 200, (p, slice) => html`<ul class="list">${slice.map((k) => refItem(p, k))}</ul>`);
    backHtml = html`<section aria-labelledby="back-h"><h2 id="back-h">Referred to by</h2><p><a href="${page.link(pagePath(record.collection, record.id, "referred-to-by"))}">${back.length} records refer to this one</a>.</p></section>`;
  } else if (back.length) backHtml = html`<section aria-labelledby="back-h"><h2 id="back-h">Referred to by</h2><ul class="list">${back.map((k) => refItem(page, k))}</ul></section>`;

  const differences = data.differencesAbout.get(record.key) ?? [];
  const disagree = differences.length
    ? html`<section class="conflicts" aria-labelledby="conflicts-h"><h2 id="conflicts-h">Where the sources disagree</h2><ul class="differences">${differences.map((d) => differenceItem(page, data, d, false))}</ul></section>`
    : "";
  const articles = new Set(statementsIn(record).flatMap((s) => s.articles));
  const isArticle = record.collection === "articles";
  const label = isArticle ? data.labels.get(record.id) : undefined;
  const kindLine = html`<p class="kind-line">${collections[record.collection].singular}${!isArticle && articles.size ? ` · in ${articles.size} article${articles.size === 1 ? "" : "s"}` : ""}${record.valid ? "" : html` · <span class="flag">does not match its schema</span>`}</p>`;
  const source = label?.url ? html`<p class="source-url">Found at <a href="${label.url}" rel="external noopener">${label.url}</a> (supplied with the document, not stated in its text)</p>` : "";
  const full = html`<section class="record" aria-labelledby="record-h"><h2 id="record-h">The full record</h2><p class="about">${schema?.description ?? ""}</p>${view.value(record.value, recordSchema(record.collection))}${view.legend.render()}</section>`;
  const body = html`${diagnosticsBox(findings.get(record.key))}${kindLine}${source}${disagree}
${isArticle ? html`<p><a href="#text">Read the text with its cited passages</a></p>` : byOutlet(page, data, record)}
${record.collection === "people" ? statements(page, data, record, "speakers", "Statements") : ""}
${record.collection === "events" ? statements(page, data, record, "event", "Said at this event") : ""}
${record.collection === "quotes" && record.valid ? html`<section aria-labelledby="reports-h"><h2 id="reports-h">How each outlet reports it</h2>${reports(page, data, record)}</section>` : ""}
${neighbourhood(page, data, record)}
${full}${backHtml}
${isArticle ? articleText(page, data, record) : ""}`;
  const heading = label ? html`${cite(label)}` : undefined;
  yield shell(page, { title: nameOf(record, data), heading, body, script: isArticle });
}

/** The list of a collection's records, paginated. */
export function* listPages(data: SiteData, c: CollectionName, findings: Map<string, Diagnostic[]>): Generator<Artefact> {
  const list = data.records.get(c)!;
  const item = (p: Page, r: SiteRecord) => html`<li>${recordLink(p, data, r.key)}${findings.has(r.key) ? html` <span class="flag">findings</span>` : ""}</li>`;
  yield* paginate([c], `${label(c)} (${list.length})`, () => html``, list, 200, (p, slice) => html`<ul class="list">${slice.map((r) => item(p, r))}</ul>`);
}
