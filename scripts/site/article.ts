// An article's text on its page: every cited passage lightly marked (the one a link points at is
// highlighted strongly by site.js), non-content spans and embedded posts set apart, and, for a text
// whose licence does not allow reproducing it, only the cited passages, with "[…]" where words are
// left out (never where only whitespace is).
import { REDISTRIBUTABLE } from "../lib/licences.js";
import { isObject, nameOf, push, type SiteData, type SiteRecord } from "./data.js";
import { html, type Html } from "./html.js";
import { type Page, recordPath } from "./layout.js";

interface Span {
  start: number;
  end: number;
  cls: string;
}

/** Whether the article's stated licence lets the whole text be shown: the licences under which the exports ship it. */
export function openLicence(article: SiteRecord): { asStated: string; spdx: string } | undefined {
  const licence = article.value.license;
  return isObject(licence) && typeof licence.spdx === "string" && REDISTRIBUTABLE.has(licence.spdx) ? { asStated: String(licence.asStated), spdx: licence.spdx } : undefined;
}

/** Every occurrence of each non-content quote, and each embedded post's text. */
function spansOf(article: SiteRecord, text: string): Span[] {
  const spans: Span[] = [];
  const list = (v: unknown) => (Array.isArray(v) ? v.filter(isObject) : []);
  for (const n of list(article.value.nonContent)) {
    const q = typeof n.quote === "string" ? n.quote : "";
    if (!q) continue;
    for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + q.length)) spans.push({ start: i, end: i + q.length, cls: `nc nc-${String(n.kind)}` });
  }
  for (const p of list(article.value.posts)) {
    const q = typeof p.text === "string" ? p.text : undefined;
    const i = q ? text.indexOf(q) : -1;
    if (q && i >= 0) spans.push({ start: i, end: i + q.length, cls: "embed" });
  }
  return spans;
}

export function articleText(page: Page, data: SiteData, article: SiteRecord): Html {
  const text = data.dataset.seeds.get(article.id)?.text;
  if (text === undefined) return html`<section id="text"><h2>Text</h2><p>The seed file is missing.</p></section>`;
  const licence = openLicence(article);
  const cites = data.citations.get(article.id) ?? [];
  const spans = spansOf(article, text);
  // One sweep over the cut points, keeping the citations and spans open at each: linear in the output.
  const cuts = new Set<number>([0, text.length]);
  for (const c of cites) cuts.add(c.start).add(c.end);
  for (const x of spans) cuts.add(x.start).add(x.end);
  const points = [...cuts].sort((x, y) => x - y);
  const opening = new Map<number, typeof cites>();
  for (const c of cites) push(opening, c.start, c);
  const spansByStart = [...spans].sort((x, y) => x.start - y.start);
  const openCites = new Set<(typeof cites)[number]>();
  const openSpans = new Set<Span>();
  const out: Html[] = [];
  const passages: { start: number; end: number; keys: string[] }[] = [];
  let left = ""; // text left out since the last shown piece
  const flushLeft = () => {
    if (!left) return;
    // Only words left out earn a marker; whitespace between two shown passages is shown as it is.
    out.push(/\S/.test(left) ? html`<span class="elided" role="img" aria-label="passage not reproduced">[…]</span>` : html`${left}`);
    left = "";
  };
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const [s, e] = [points[i]!, points[i + 1]!];
    for (const c of opening.get(s) ?? []) openCites.add(c);
    for (const c of openCites) if (c.end <= s) openCites.delete(c);
    while (next < spansByStart.length && spansByStart[next]!.start <= s) openSpans.add(spansByStart[next++]!);
    for (const x of openSpans) if (x.end <= s) openSpans.delete(x);
    const cls = [...openSpans].map((x) => x.cls);
    if (!licence && openCites.size === 0 && !cls.length) {
      left += text.slice(s, e);
      continue;
    }
    flushLeft();
    const keys = [...new Set([...openCites].map((c) => c.record.key))].sort();
    if (keys.length) {
      const last = passages[passages.length - 1];
      if (last && last.end === s && last.keys.join() === keys.join()) last.end = e;
      else passages.push({ start: s, end: e, keys });
      cls.push("cited");
    }
    out.push(html`<span${cls.length ? html` class="${cls.join(" ")}"` : ""} data-s="${s}">${text.slice(s, e)}</span>`);
  }
  flushLeft();
  // A passage of whitespace alone (between two quotes that share records) has nothing to show.
  const citedList = passages.filter(({ start, end }) => /\S/.test(text.slice(start, end))).map(({ start, end, keys }) => {
    const whole = text.slice(start, end).replace(/\s+/g, " ").trim();
    return html`<li><a href="#q=${start}-${end}">${whole.slice(0, 80)}${whole.length > 80 ? "…" : ""}</a><br><span class="by">cited by ${keys.map((k, i) => html`${i ? ", " : ""}<a href="${page.link(recordPath(k))}">${nameOf(data.byKey.get(k), data)}</a>`)}</span></li>`;
  });
  const rights = licence
    ? html`<p class="rights">The text states its licence: “${licence.asStated}” (${licence.spdx}). It is shown in full, unchanged.</p>`
    : html`<p class="rights">This text states no licence that allows reproducing it: only the passages the records cite (and the parts marked as not article content) are shown, in place; “[…]” marks words left out.</p>`;
  return html`<section id="text" aria-labelledby="text-h"><h2 id="text-h">Text</h2>${rights}
<p class="legend"><span class="cited">passage a record cites</span> <span class="target-sample">the passage you followed</span> <span class="nc">not article content</span> <span class="embed">embedded post</span></p>
<div class="seed" id="seed" data-length="${text.length}">${out}</div>
<h3>Which records cite each passage</h3><ol class="cites">${citedList}</ol></section>`;
}
