// A record's values in words: the full record walked with its schema (fields labelled in words, each
// field's description once in a legend, references as names, codes as names, evidence as links), and
// the short form of one stated entry used in summaries.
import { referenceTarget, resolve, type SchemaNode } from "../../src/shared/schema-lookup.js";
import { isEvidence } from "../../src/shared/walk.js";
import { isObject, type Json, type SiteData } from "./data.js";
import { html, type Html, join } from "./html.js";
import { evidenceLink, type Page, recordLink } from "./layout.js";
import { formatDate, label } from "./words.js";

const regions = new Intl.DisplayNames(["en"], { type: "region" });
const languages = new Intl.DisplayNames(["en"], { type: "language" });

/** The name of the definition a schema node refers to (`CountryCode`), if any. */
const defName = (node: SchemaNode | undefined) => node?.$ref?.replace(/^.*#\/\$defs\//, "");

/** A scalar in words, by what its schema says it is: a country's name, a language's, a date in words. */
export function scalar(value: unknown, node: SchemaNode | undefined): string {
  const def = defName(node);
  const text = String(value);
  try {
    if (def === "CountryCode") return `${regions.of(text) ?? text} (${text})`;
    if (def === "LanguageTag") return `${languages.of(text) ?? text} (${text})`;
  } catch {
    // Not a code Intl knows: shown as written.
  }
  if (def === "IsoDate") return formatDate(text);
  return text;
}

/** Collects the fields shown on a page, each described once in the legend. */
export class Legend {
  private readonly seen = new Map<string, string>();
  note(key: string, node: SchemaNode | undefined): void {
    const name = label(key);
    const description = resolve(node)?.description;
    if (description && !this.seen.has(name)) this.seen.set(name, description);
  }
  render(): Html {
    if (!this.seen.size) return html``;
    const entries = [...this.seen].sort(([a], [b]) => (a < b ? -1 : 1));
    return html`<details class="legend-fields"><summary>What the fields mean</summary><dl>${entries.map(([name, description]) => html`<dt>${name}</dt><dd>${description.replace(/`/g, "")}</dd>`)}</dl></details>`;
  }
}

/** Renders the values of a record as its schema describes them. */
export class RecordView {
  readonly legend = new Legend();
  constructor(readonly page: Page, readonly data: SiteData) {}

  value(value: unknown, node: SchemaNode | undefined, key?: string): Html {
    const target = referenceTarget(node);
    if (typeof value === "string" && target) return recordLink(this.page, this.data, `${target}/${value}`);
    const s = resolve(node);
    if (Array.isArray(value)) {
      if (value.length === 0) return html`<em>none</em>`;
      if (value.every((v) => v === null || typeof v !== "object")) return join(value.map((v) => this.value(v, s?.items)), ", ");
      return html`<ul class="entries">${value.map((v) => html`<li>${this.value(v, s?.items)}</li>`)}</ul>`;
    }
    if (isObject(value)) return this.object(value, s);
    if (key === "asStated" || defName(node) === "Verbatim") return html`<q class="stated">${String(value)}</q>`;
    return html`${scalar(value, node)}`;
  }

  object(obj: Json, node: SchemaNode | undefined): Html {
    if (isEvidence(obj) && !node?.properties?.id) return evidenceLink(this.page, this.data, obj);
    const rows: Html[] = [];
    for (const [key, v] of Object.entries(obj)) {
      if (key === "evidence" || key === "id") continue;
      const prop = node?.properties?.[key];
      this.legend.note(key, prop);
      rows.push(html`<dt>${label(key)}</dt><dd>${this.value(v, prop, key)}</dd>`);
    }
    const evidence = Array.isArray(obj.evidence) ? obj.evidence.filter(isEvidence) : [];
    return html`<div class="entry"><dl class="fields">${rows}</dl>${evidence.length ? html`<div class="sources"><span class="sources-h">${evidence.length === 1 ? "Source" : "Sources"}</span>${evidence.map((e) => evidenceLink(this.page, this.data, e))}</div>` : ""}</div>`;
  }
}

/** One stated entry in short: its words, then what they were normalized to (a value, the records named), as "part: names" for a participant. */
export function entryInShort(page: Page, data: SiteData, entry: Json, node: SchemaNode | undefined): Html {
  const s = resolve(node);
  const lead: Html[] = [];
  const parts: Html[] = [];
  for (const [key, v] of Object.entries(entry)) {
    if (["asStated", "evidence", "note", "notes", "derivation", "certainty"].includes(key)) continue;
    const prop = s?.properties?.[key];
    const target = referenceTarget(prop);
    if (typeof v === "string" && target) parts.push(recordLink(page, data, `${target}/${v}`));
    else if (Array.isArray(v) && v.every(isObject)) {
      // A list of participants and the like: each item's part and the records or words it names.
      parts.push(join(v.map((item) => entryInShort(page, data, item as Json, resolve(prop)?.items)), "; "));
    } else if (key === "part" || key === "role") lead.push(html`${String(v)}`);
    else if (v !== null && typeof v !== "object" && String(v) !== entry.asStated && (key === "value" || entry.asStated === undefined)) {
      // Beside the words, only what they were normalized to; an entry without words (a participant) names its country.
      parts.push(html`${scalar(v, prop)}`);
    } else if (isObject(v) && typeof v.asStated === "string") parts.push(html`<q>${v.asStated}</q>`);
  }
  const stated = typeof entry.asStated === "string" ? html`<q class="stated">${entry.asStated}</q>` : "";
  const normalized = html`${lead.length ? html`${join(lead, ", ")}: ` : ""}${join(parts, ", ")}`;
  return html`${stated}${stated && normalized.text ? " → " : ""}${normalized}`;
}
