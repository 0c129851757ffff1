// A difference between sources as a reader sees it: what each version says, and which outlets say it.
import { referenceTarget, schemaAt } from "../../src/shared/schema-lookup.js";
import { type Difference, isObject, type Json, nameOf, type SiteData } from "./data.js";
import { html, type Html, join } from "./html.js";
import { articleLink, type Page, recordLink, recordPath } from "./layout.js";
import { entryInShort, scalar } from "./values.js";
import { label, words } from "./words.js";

export const KIND_WORDS: Record<Difference["kind"], string> = {
  conflict: "conflict",
  wording: "wording difference",
  variant: "compatible variant",
};

/** The field of a difference in words: `roles/2/period` → "Roles › period". */
export const fieldWords = (field: string): string => label(field.split("/").filter((s) => !/^\d+$/.test(s)).join(" › "));

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
  return html`<li class="difference kind-${d.kind}" data-kind="${d.kind}" data-record="${d.record.key}" data-articles="${outlets.join(" ")}"><span class="badge">${KIND_WORDS[d.kind]}</span> ${withRecord ? html`<a href="${page.link(recordPath(d.record.key))}">${nameOf(d.record, data)}</a> · ` : ""}<span class="field">${fieldWords(d.field)}</span>${versionList(page, data, d)}</li>`;
}
