// The frame every page shares (navigation, search box, footer), relative links, pagination, and the
// few pieces every page uses: an article's label, a link to a record, an evidence link.
import type { Evidence } from "../../src/generated/schema/types.js";
import { type ArticleLabel, nameOf, placeOf, type SiteData } from "./data.js";
import { formatDate, words } from "./words.js";
import { html, type Html } from "./html.js";

/** A page being written: its path from the site root, so every link it makes can be relative (the site opens from file://). */
export class Page {
  readonly up: string;
  constructor(readonly path: string) {
    this.up = "../".repeat(path.split("/").length - 1);
  }
  link(target: string): string {
    return this.up + target;
  }
}

/** A page's file: a folder with index.html, so permalinks stay stable. */
export const pagePath = (...parts: string[]): string => [...parts, "index.html"].join("/");
export const recordPath = (key: string): string => pagePath(...key.split("/"));

export interface Artefact {
  path: string;
  content: string;
}

const NAV: [string, string][] = [
  ["index.html", "Home"],
  ["disagreements/index.html", "Disagreements"],
  ["who-said-what/index.html", "Who said what"],
  ["timeline/index.html", "Timeline"],
  ["relations/index.html", "Relations"],
  ["search/index.html", "Search"],
];

export interface PageOptions {
  title: string;
  /** The h1 when it is more than the title's text (an article's outlet and title). */
  heading?: Html;
  body: Html;
  script?: boolean;
  searchBox?: boolean;
}

export function shell(page: Page, options: PageOptions): Artefact {
  const here = page.path;
  const nav = NAV.map(([p, t]) => html`<a href="${page.link(p)}"${p === here ? html` aria-current="page"` : ""}>${t}</a>`);
  // Every page but the search page has a search box: a plain form, so it works without script.
  const box = options.searchBox === false ? "" : html`<form class="find" role="search" action="${page.link("search/index.html")}"><label for="site-q">Search</label> <input id="site-q" name="q" type="search" autocomplete="off"> <button type="submit">Go</button></form>`;
  const doc = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Iran–Cuba evidence explorer</title>
<link rel="stylesheet" href="${page.link("style.css")}">
</head><body>
<a class="skip" href="#main">Skip to content</a>
<header><nav aria-label="Site">${nav}</nav>${box}</header>
<main id="main"><h1>${options.heading ?? options.title}</h1>
${options.body}
</main>
<footer><p>Records MIT-licensed; source texts belong to their publishers unless stated. Every value on these pages links to the passage it comes from.</p></footer>
${options.script ? html`<script src="${page.link("site.js")}"></script>` : ""}
</body></html>
`;
  return { path: here, content: doc.text };
}

/** An article's label: outlet, title and date, the same everywhere. */
export function cite(label: ArticleLabel): Html {
  return html`<span class="cite">${label.outlet ? html`<span class="outlet">${label.outlet}</span> ` : html`<span class="outlet unknown">Outlet not known</span> `}<span class="title">${label.title}</span>${label.date ? html` <time datetime="${label.date}">${formatDate(label.date)}</time>` : ""}</span>`;
}

/** A link to an article's page, by its label. */
export function articleLink(page: Page, data: SiteData, id: string): Html {
  const label = data.labels.get(id);
  if (!label) return html`<span class="missing">an article this directory does not have (${id})</span>`;
  return html`<a class="article-ref" href="${page.link(recordPath(`articles/${id}`))}">${cite(label)}</a>`;
}

/** A link to a record's page by its name. */
export function recordLink(page: Page, data: SiteData, key: string): Html {
  const record = data.byKey.get(key);
  if (!record) return html`<span class="missing">${key} (no such record)</span>`;
  if (record.collection === "articles") return articleLink(page, data, record.id);
  return html`<a href="${page.link(recordPath(key))}">${nameOf(record, data)}</a>`;
}

/** A piece of evidence as one block link: the quote and its article's label; anywhere on it opens the passage. */
export function evidenceLink(page: Page, data: SiteData, evidence: Evidence): Html {
  const at = placeOf(data.dataset, evidence);
  const target = page.link(recordPath(`articles/${evidence.article}`)) + (at ? `#q=${at.start}-${at.end}` : "");
  const label = data.labels.get(evidence.article);
  return html`<a class="evidence${evidence.nonContent ? " noncontent" : ""}" href="${target}"><q>${evidence.quote}</q><span class="src">${label ? cite(label) : evidence.article}${evidence.from ? ` (${words(String(evidence.from))})` : ""}</span></a>`;
}

/** Pages of a long list at `base`/ and `base`/page/N/, with a windowed pager: no page grows with the count. */
export function* paginate<T>(base: string[], title: string, intro: (page: Page) => Html, items: T[], size: number, render: (page: Page, slice: T[]) => Html, script = false): Generator<Artefact> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const at = (i: number) => (i === 0 ? pagePath(...base) : pagePath(...base, "page", String(i + 1)));
  for (let p = 0; p < pages; p++) {
    const page = new Page(at(p));
    const shown = [...new Set([0, p - 2, p - 1, p, p + 1, p + 2, pages - 1])].filter((i) => i >= 0 && i < pages).sort((x, y) => x - y);
    // Above and below the list: two landmarks, each with its own name.
    const pager = (where: string) => pages > 1
      ? html`<nav class="pager" aria-label="${`Pages (${where})`}">Page ${p + 1} of ${pages}: ${shown.map((i, k) => html`${k && i > shown[k - 1]! + 1 ? "… " : ""}${i === p ? html`<span aria-current="page">${i + 1}</span>` : html`<a href="${page.link(at(i))}">${i + 1}</a>`} `)}</nav>`
      : "";
    yield shell(page, { title: p === 0 ? title : `${title}, page ${p + 1}`, body: html`${intro(page)}${pager("top")}${render(page, items.slice(p * size, (p + 1) * size))}${pager("bottom")}`, script });
  }
}
