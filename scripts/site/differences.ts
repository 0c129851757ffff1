// A difference between sources as a reader sees it: what each version says, and which outlets say it.
import { referenceTarget, schemaAt } from "../../src/shared/schema-lookup.js";
import { fieldSteps } from "../../src/shared/pointer.js";
import { type Difference, isObject, type Json, labelText, nameOf, type SiteData, type SiteRecord } from "./data.js";
import { overlap, wordDiff, wordsOf } from "./diff.js";
import { fold } from "./search.js";
import { html, type Html, join } from "./html.js";
import { articleLink, type Page, recordLink, recordPath } from "./layout.js";
import { entryInShort, scalar } from "./values.js";
import { label, words } from "./words.js";

export const KIND_WORDS: Record<Difference["kind"], string> = {
  conflict: "conflict",
  wording: "wording difference",
  variant: "compatible variant",
};

/** Why a variant's versions can both be true, in words. */
const RELATION_WORDS: Record<NonNullable<Difference["relation"]>, string> = {
  precision: "one is more precise than the other",
  span: "different days of one span",
  "part-of": "one place lies inside the other",
  progression: "a later report moves the status on",
  "same-value": "the same value in other words",
  "partial-list": "a shorter list beside a longer one",
};

/** The field of a difference in words: `roles/2/period` → "Roles › period". */
export const fieldWords = (field: string): string => label(fieldSteps(`/${field}`).join(" › "));

/** What one version states, in words. */
function versionValue(page: Page, data: SiteData, d: Difference, value: unknown): Html {
  if (d.by === "asStated") return html``;
  const entry = schemaAt(d.record.collection, `/${d.field}/0`);
  const node = entry?.properties?.[d.by];
  if (Array.isArray(value)) {
    const items = schemaAt(d.record.collection, `/${d.field}/0/${d.by}/0`);
    return join(value.map((v) => (isObject(v) ? entryInShort(page, data, v as Json, items) : html`${words(String(v))}`)), "; ");
  }
  const target = referenceTarget(node);
  if (typeof value === "string" && target) return recordLink(page, data, `${target}/${value}`);
  return html`${scalar(value, node)}`;
}

/** The versions of a difference: each value with its words and the outlets that state it. */
export function versionList(page: Page, data: SiteData, d: Difference): Html {
  return html`<ul class="versions">${d.versions.map((v) => {
    const value = versionValue(page, data, d, v.value);
    return html`<li><span class="version">${value.text ? html`<strong>${value}</strong> ` : ""}${join(v.asStated.map((s) => html`<q>${s}</q>`), " / ")}</span> <span class="according">according to ${join(v.articles.map((a) => articleLink(page, data, a)), ", ")}</span></li>`;
  })}</ul>`;
}

/** One difference as an item of a list: kind, record (unless the page is the record's), field, versions. */
export function differenceItem(page: Page, data: SiteData, d: Difference, withRecord: boolean): Html {
  const outlets = [...new Set(d.versions.flatMap((v) => v.articles))];
  return html`<li class="difference kind-${d.kind}" data-kind="${d.kind}" data-record="${d.record.key}" data-articles="${outlets.join(" ")}"><span class="badge">${KIND_WORDS[d.kind]}</span> ${withRecord ? html`<a href="${page.link(recordPath(d.record.key))}">${nameOf(d.record, data)}</a> · ` : ""}<span class="field">${fieldWords(d.field)}</span>${d.relation ? html` <span class="relation">(compatible: ${RELATION_WORDS[d.relation]})</span>` : ""}${versionList(page, data, d)}</li>`;
}

/** The outlet of an article, as a filter knows it: its name when known (several articles may share it), else the article itself. */
export function outletOf(data: SiteData, article: string): { key: string; name: string } {
  const l = data.labels.get(article);
  return l?.outlet ? { key: `o-${fold(l.outlet).replace(/[^a-z0-9]+/g, "-")}`, name: l.outlet } : { key: `a-${article}`, name: l ? labelText(l) : article };
}

export interface Variant { asStated: string; speech: string; language: string; evidence: { article: string; quote: string }[] }

/** Whether a report of a statement is the article's headline (its title holds the words). */
function isHeadline(data: SiteData, v: Variant): boolean {
  const article = data.byKey.get(`articles/${v.evidence[0]?.article}`)?.value;
  const title = article && isObject(article.title) ? String(article.title.asStated) : "";
  return !!title && title.includes(v.asStated);
}

/** A statement's reports: each outlet's words; differences marked only between direct quotes of the same words. */
export function reports(page: Page, data: SiteData, quote: SiteRecord): Html {
  const variants = (quote.value.variants as Variant[]).map((v) => ({ v, headline: isHeadline(data, v) }));
  // The fullest direct quote in each language is what the other direct quotes are compared with.
  const base = new Map<string, Variant>();
  for (const { v, headline } of variants) {
    if (v.speech !== "direct" || headline) continue;
    const b = base.get(v.language);
    if (!b || wordsOf(v.asStated).length > wordsOf(b.asStated).length) base.set(v.language, v);
  }
  const rows = variants.map(({ v, headline }) => {
    const b = base.get(v.language);
    let words: Html = html`${v.asStated}`;
    let note = "";
    if (!headline && v.speech === "direct" && b && b !== v) {
      const same = wordsOf(b.asStated).join(" ") === wordsOf(v.asStated).join(" ");
      // A short fragment of a longer quote is a partial quote, not another wording: no marks.
      if (!same && overlap(b.asStated, v.asStated) >= 0.5) words = wordDiff(b.asStated, v.asStated);
      else if (same) note = "same words";
    }
    const how = headline ? "headline" : v.speech === "direct" ? "quoted" : "reported";
    return html`<tr data-outlets="${outletOf(data, v.evidence[0]!.article).key}"><td>${articleLink(page, data, v.evidence[0]!.article)}</td><td class="how how-${how}">${how}${note ? html`<br><small>${note}</small>` : ""}</td><td lang="${v.language}">${v.speech === "direct" && !headline ? html`“${words}”` : words}</td></tr>`;
  });
  return html`<div class="scroll"><table><caption class="visually-hidden">How each outlet reports it</caption><thead><tr><th scope="col">Outlet</th><th scope="col">How</th><th scope="col">Words</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

