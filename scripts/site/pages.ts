// The pages across records: home (the sharpest conflicts first), disagreements (ranked, filterable),
// who said what (by speaker and occasion, filterable), timeline, relations graph, search. Each is
// built from the records of the directory given that match their schema, and says how many it left out.
import type { Diagnostic } from "../../src/check/diagnostic.js";
import type { Event } from "../../src/generated/schema/types.js";
import { timelineOf } from "../../src/relations.js";
import { collectionNames } from "../../src/shared/collections.js";
import { compare, type Difference, nameOf, push, type SiteData, type SiteRecord, statingArticles } from "./data.js";
import { differenceItem, KIND_WORDS, outletOf, reports, type Variant } from "./differences.js";
import { relationsGraph } from "./graph.js";
import { html, type Html, join } from "./html.js";
import { type Artefact, articleLink, Page, pagePath, paginate, recordLink, recordPath, shell } from "./layout.js";
import { diagnosticsBox } from "./records.js";
import { formatDate, label } from "./words.js";

/** Conflicts named on the home page. */
const HOME_CONFLICTS = 5;
const SECTIONS_PER_PAGE = 40;
const ENTRIES_PER_PAGE = 200;
/** The relations page draws at most this many records (the most linked); every record page has its own neighbourhood. */
const GRAPH_NODES = 120;

const leftOut = (data: SiteData, diagnostics: boolean) => data.invalid
  ? html`<p class="note">${data.invalid} record(s) that do not match their schema are left out of this page; their own pages show them${diagnostics ? " with the checker's findings" : ""}.</p>`
  : "";

/** A filter form, shown by site.js (without script every entry shows): one select per facet. */
function filterForm(id: string, facets: { name: string; label: string; options: [string, string][] }[], what: string): Html {
  return html`<form class="filters" id="${id}" hidden aria-label="Filter ${what}">${facets.map((f) => html`<label>${f.label} <select name="${f.name}"><option value="">all</option>${f.options.map(([v, t]) => html`<option value="${v}">${t}</option>`)}</select></label> `)}<output name="shown" aria-live="polite"></output></form>`;
}
const sortedOptions = (m: Map<string, string>): [string, string][] => [...m].sort(([, a], [, b]) => compare(a.toLowerCase(), b.toLowerCase()));

// ---------- home ----------
export function homePage(data: SiteData, findings: Map<string, Diagnostic[]>, diagnostics: boolean): Artefact {
  const page = new Page("index.html");
  const conflicts = data.differences.filter((d) => d.kind === "conflict").slice(0, HOME_CONFLICTS);
  const articles = data.records.get("articles")!;
  const dates = [...data.labels.values()].map((l) => l.date).filter((d): d is string => !!d).sort();
  const outlets = new Set([...data.labels.values()].map((l) => l.outlet).filter(Boolean));
  const dated = dates.length === articles.length ? "dated" : `${dates.length} of them dated`;
  const span = dates.length ? (dates[0] === dates[dates.length - 1] ? html` (${dated} ${formatDate(dates[0]!)})` : html` (${dated} from ${formatDate(dates[0]!)} to ${formatDate(dates[dates.length - 1]!)})`) : "";
  const intro = html`<p class="lead">What ${articles.length} news text${articles.length === 1 ? "" : "s"}${outlets.size ? html` from ${outlets.size} outlet${outlets.size === 1 ? "" : "s"}` : ""}${span} say about Iran and Cuba, as records: every value beside the exact passage it comes from, and every outlet's version kept where they disagree.</p>`;
  const sharpest = conflicts.length
    ? html`<section class="conflicts" aria-labelledby="sharpest-h"><h2 id="sharpest-h">Where the outlets disagree</h2><ul class="differences">${conflicts.map((d) => differenceItem(page, data, d, true))}</ul><p><a href="${page.link(pagePath("disagreements"))}">Every difference, ranked</a></p></section>`
    : html`<p>No two sources disagree about any record.</p>`;
  const articleList = html`<section aria-labelledby="articles-h"><h2 id="articles-h">The texts</h2><ul class="articles">${articles.slice(0, ENTRIES_PER_PAGE).map((a) => html`<li>${articleLink(page, data, a.id)}</li>`)}</ul>${articles.length > ENTRIES_PER_PAGE ? html`<p><a href="${page.link(pagePath("articles"))}">All ${articles.length}</a></p>` : ""}</section>`;
  const browse = html`<section aria-labelledby="browse-h"><h2 id="browse-h">Browse the records</h2><ul class="browse">${collectionNames.map((c) => html`<li><a href="${page.link(pagePath(c))}">${label(c)}</a> (${data.records.get(c)!.length})</li>`)}</ul></section>`;
  let summary: Html = html``;
  if (diagnostics) {
    const keys = [...findings.keys()].filter((k) => k !== "other").sort();
    const total = [...findings.values()].reduce((n, l) => n + l.length, 0);
    summary = html`<section aria-labelledby="findings-h"><h2 id="findings-h">Checker findings</h2><p>${total} finding(s)${keys.length ? `, on the pages of ${keys.length} record(s)` : ""}.</p>${keys.length ? html`<ul>${keys.slice(0, ENTRIES_PER_PAGE).map((k) => html`<li>${recordLink(page, data, k)}</li>`)}</ul>` : ""}</section>${diagnosticsBox(findings.get("other"))}`;
  }
  return shell(page, { title: "Iran–Cuba evidence explorer", body: html`${intro}${sharpest}${articleList}${browse}${summary}` });
}

// ---------- disagreements ----------
/** The people a difference is about: the record itself if a person, else the people it names. */
function peopleOf(data: SiteData, d: Difference): string[] {
  if (d.record.collection === "people") return [d.record.key];
  return [...new Set((data.linksOf.get(d.record.key) ?? []).filter((r) => r.from === d.record.key && r.to.startsWith("people/")).map((r) => r.to))];
}

export function* disagreementsPages(data: SiteData, diagnostics: boolean): Generator<Artefact> {
  const items = data.differences.map((d) => ({ d, who: peopleOf(data, d), from: [...new Map(d.versions.flatMap((v) => v.articles).map((a) => outletOf(data, a)).map((o) => [o.key, o])).values()] }));
  // Each page filters its own entries: its form offers the people and outlets they name.
  const form = (slice: typeof items) => {
    const people = new Map(slice.flatMap(({ who }) => who.map((k) => [k, nameOf(data.byKey.get(k), data)] as [string, string])));
    const outlets = new Map(slice.flatMap(({ from }) => from.map((o) => [o.key, o.name] as [string, string])));
    const kinds = [...new Set(slice.map(({ d }) => d.kind))];
    return filterForm("filter-differences", [
      { name: "kind", label: "Kind", options: kinds.map((k) => [k, KIND_WORDS[k]]) },
      { name: "people", label: "Person", options: sortedOptions(people) },
      { name: "outlets", label: "Outlet", options: sortedOptions(outlets) },
    ], "differences");
  };
  const item = (page: Page, { d, who, from }: (typeof items)[number]) => html`<li data-people="${who.join(" ")}" data-outlets="${from.map((o) => o.key).join(" ")}" data-kind="${d.kind}">${differenceItem(page, data, d, true)}</li>`;
  const counts = (Object.keys(KIND_WORDS) as Difference["kind"][]).map((k) => [k, data.differences.filter((d) => d.kind === k).length] as const).filter(([, n]) => n);
  const intro = () => html`<p>Where the sources differ about a record: <strong>conflicts</strong> (values that cannot both be true) first, the sharpest at the top, then differences of wording. Each version names the articles that state it.</p>
<p>${join(counts.map(([k, n]) => `${n} ${KIND_WORDS[k]}${n === 1 ? "" : "s"}`), ", ")}.</p>${leftOut(data, diagnostics)}`;
  yield* paginate(["disagreements"], "Disagreements", intro, items, SECTIONS_PER_PAGE, (page, slice) => html`${form(slice)}<ul class="differences filterable">${slice.map((x) => item(page, x))}</ul>`, true);
}

// ---------- who said what ----------
export function* whoSaidWhatPages(data: SiteData, diagnostics: boolean): Generator<Artefact> {
  const quotes = data.records.get("quotes")!.filter((q) => q.valid);
  const bySpeaker = new Map<string, SiteRecord[]>();
  for (const q of quotes) {
    const speakers = Array.isArray(q.value.speakers) && q.value.speakers.length ? (q.value.speakers as string[]).map((s) => `people/${s}`) : [""];
    for (const s of speakers) push(bySpeaker, s, q);
  }
  const order = [...bySpeaker.keys()].sort((a, b) => bySpeaker.get(b)!.length - bySpeaker.get(a)!.length || compare(a, b));
  // Each page filters its own sections: its form offers their speakers and the outlets that report them.
  const form = (slice: string[]) => {
    const speakers = new Map(slice.filter(Boolean).map((k) => [k, nameOf(data.byKey.get(k), data)] as [string, string]));
    const outlets = new Map(slice.flatMap((k) => bySpeaker.get(k)!.flatMap((q) => (q.value.variants as Variant[]).map((v) => outletOf(data, v.evidence[0]!.article)))).map((o) => [o.key, o.name] as [string, string]));
    return filterForm("filter-statements", [{ name: "people", label: "Speaker", options: sortedOptions(speakers) }, { name: "outlets", label: "Outlet", options: sortedOptions(outlets) }], "statements");
  };
  const occasion = (q: SiteRecord) => (typeof q.value.event === "string" ? `events/${q.value.event}` : "");
  const statement = (page: Page, q: SiteRecord) => {
    const outlets = new Set((q.value.variants as Variant[]).map((v) => outletOf(data, v.evidence[0]!.article).key));
    return html`<li class="statement" id="${q.id}" data-outlets="${[...outlets].join(" ")}">
<a href="${page.link(recordPath(q.key))}">${nameOf(q, data)}</a>${reports(page, data, q)}</li>`;
  };
  const section = (page: Page, speaker: string) => {
    const said = bySpeaker.get(speaker)!;
    const events = [...new Set(said.map(occasion))].sort((a, b) => compare(timelineKey(data, a), timelineKey(data, b)));
    const who = speaker ? recordLink(page, data, speaker) : "No speaker named";
    const groups = events.map((e) => html`<div class="occasion-group">
<h3 class="occasion">${e ? html`At ${recordLink(page, data, e)}` : "Occasion not given"}</h3>
<ul class="statements">${said.filter((q) => occasion(q) === e).map((q) => statement(page, q))}</ul></div>`);
    return html`<section class="speaker" data-people="${speaker}">
<h2 id="${speaker ? speaker.replace("/", "-") : "unattributed"}">${who} <small>(${said.length} statement${said.length === 1 ? "" : "s"})</small></h2>
${groups}</section>`;
  };
  const intro = () => html`<p>Every statement, by speaker and occasion, with each outlet's words. Where two outlets quote the same words differently, the <ins>added</ins> and <del>missing</del> words are marked against the fullest quote; punctuation is not a difference, and reported speech and headlines are not compared.</p>${leftOut(data, diagnostics)}`;
  yield* paginate(["who-said-what"], "Who said what", intro, order, SECTIONS_PER_PAGE, (page, slice) => html`${form(slice)}<div class="filterable">${slice.map((s) => section(page, s))}</div>`, true);
}

/** When an event happened by the earliest date any source gives, for ordering ("~" sorts undated last). */
function timelineKey(data: SiteData, key: string): string {
  const dates = (data.byKey.get(key)?.value.date as { value?: string }[] | undefined)?.map((d) => d.value ?? "").filter(Boolean).sort() ?? [];
  return dates[0] ?? `~${key}`;
}

// ---------- timeline ----------
export function* timelinePages(data: SiteData, diagnostics: boolean): Generator<Artefact> {
  const events = data.records.get("events")!.filter((r) => r.valid);
  const entries = timelineOf(events.map((r) => r.value as unknown as Event));
  const item = (page: Page, t: (typeof entries)[number]) => {
    const how = t.date
      ? (t.event.date ?? []).map((d) => html`<li><strong>${formatDate(d.value)}</strong> <q>${d.asStated}</q> according to ${join(statingArticles(d as never).map((a) => articleLink(page, data, a)), ", ")}</li>`)
      : html`<li>${t.undated}</li>`;
    return html`<li><a href="${page.link(recordPath(`events/${t.event.id}`))}">${t.event.name}</a><ul class="dates">${how}</ul></li>`;
  };
  const intro = () => html`<p>Events by the earliest date any source gives; under each, every date a source gives and who gives it. Undated events last, with the reason.</p>${leftOut(data, diagnostics)}`;
  // Each page groups its own run of entries by day.
  yield* paginate(["timeline"], "Timeline", intro, entries, ENTRIES_PER_PAGE, (page, slice) => {
    const days: { day: string; run: typeof slice }[] = [];
    for (const t of slice) {
      const day = t.date ?? "";
      if (days[days.length - 1]?.day === day) days[days.length - 1]!.run.push(t);
      else days.push({ day, run: [t] });
    }
    return html`<ol class="axis">${days.map(({ day, run }) => html`<li class="day"><h2>${day ? html`<time datetime="${day}">${formatDate(day)}</time>` : "Undated"}</h2><ul>${run.map((t) => item(page, t))}</ul></li>`)}</ol>`;
  });
}

// ---------- relations ----------
export function relationsPage(data: SiteData): Artefact[] {
  const page = new Page(pagePath("relations"));
  const { svg, shown, total, keys } = relationsGraph(page, data, GRAPH_NODES);
  // On a phone the whole drawing is too small to read: each record drawn opens its own, smaller graph.
  const byKind = collectionNames.map((c) => [c, keys.filter((k) => k.startsWith(`${c}/`))] as const).filter(([, list]) => list.length);
  const index = html`<h2>Each record's own graph</h2><p>Every record's page draws the records it is linked to, readable on a small screen.</p>${byKind.map(([c, list]) => html`<details class="graph-index"><summary>${label(c)} (${list.length})</summary><ul class="list">${list.map((k) => html`<li>${recordLink(page, data, k)}</li>`)}</ul></details>`)}`;
  const partial = shown < total ? html`<p class="note">The ${shown} most linked of ${total} linked records are drawn; each record's page draws its own neighbourhood.</p>` : "";
  const body = html`<p>People, organizations, groups, places, events and agreements, joined wherever one record refers to another; each arrow is labelled with the field that makes the link. Each box opens its record, whose page draws its own neighbourhood, readable on a phone.</p>${partial}<p><a href="graph.svg">Open the graph on its own</a> (to zoom in).</p>${svg}${index}`;
  // The same drawing as a file of its own (to zoom in on a phone), with the page's graph style inside it.
  const style = "<style>path{stroke:#999;stroke-width:1;fill:none}.edge-labels text{fill:#555;text-anchor:middle;font-style:italic}.label-box{fill:#fff;stroke:#bbb}</style>";
  const drawing = /<svg[\s\S]*?<\/svg>(?=\n<figcaption>)/.exec(svg.text)![0].replace('style="font-size:', 'style="font-family:system-ui,sans-serif;font-size:').replace("</title>", `</title>${style}`);
  const standalone = `<?xml version="1.0" encoding="utf-8"?>\n${drawing}\n`;
  return [shell(page, { title: "Relations", body }), { path: "relations/graph.svg", content: standalone }];
}

// ---------- search ----------
export function searchPage(): Artefact {
  const page = new Page(pagePath("search"));
  const body = html`<p>Searches every record's names, the words of every statement, and every stated value (an age, a title, a date). Accents and case do not matter; a word matches any word it begins.</p>
<form class="search" role="search" onsubmit="return false"><label for="q">Search for</label> <input id="q" name="q" type="search" autocomplete="off"></form><p id="count" aria-live="polite"></p><ol id="results" class="results"></ol>
<script src="minisearch.js"></script><script src="manifest.js"></script>`;
  return shell(page, { title: "Search", body, script: true, searchBox: false });
}
