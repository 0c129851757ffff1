/// <reference lib="dom" />
// The evidence explorer in a real browser (Debian's chromium through playwright-core, no network), on
// every kind of page at a desktop (1280 px) and a phone (390 px) width: no sideways scroll, no console
// error, no axe violation; articles headed by outlet and title; a conflict above the fold; evidence that
// opens its exact passage from any point of its link; no "[…]" where only whitespace was left out; the
// graph's nodes inside the frame; a word found only in a statement found by the search; the keyboard
// alone reaches everything; and --diagnostics shows each finding on its record's page. Records are picked
// by what they are (the person with the most conflicts, an article with an outlet), never by id.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectionNames } from "../../src/shared/collections.js";
import { loadSite, nameOf } from "../../scripts/site/data.js";
import { fold, terms } from "../../scripts/site/search.js";
import { brokenLinks } from "../helpers/site-links.js";
import { check, copyOfData, readRecord, repoRoot, writeRecord } from "../helpers/data-copy.js";

const started = Date.now();
const root = mkdtempSync(join(tmpdir(), "icr-site-"));
const out = join(root, "site");
const profile = join(root, "profile");
const shots = join(repoRoot, ".test-results/screenshots");
// A broken copy of the data, built with --diagnostics: its findings must show on the pages they concern.
const broken = copyOfData();
const brokenOut = join(root, "site-diagnostics");
// What the site was built from, as the site reads it: to pick records by what they are.
const data = loadSite(join(repoRoot, "data"));
let browser: BrowserContext;
const errors: string[] = [];
const WIDTHS = [1280, 390] as const;
const HEIGHT = { 1280: 800, 390: 844 } as const;

const url = (p: string, site = out) => pathToFileURL(join(site, p)).href;

async function open(p: string, options: { hash?: string; site?: string; width?: number } = {}): Promise<Page> {
  const page = await browser.newPage();
  const width = options.width ?? 1280;
  await page.setViewportSize({ width, height: HEIGHT[width as 1280 | 390] ?? 800 });
  page.on("console", (m) => { if (m.type() === "error") errors.push(`${p}: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`${p}: ${e.message}`));
  await page.goto(url(p, options.site) + (options.hash ?? ""));
  return page;
}

/** Runs the site generator as `npm run site` would, in `cwd`; resolves with its exit status and stderr. */
function buildSite(cwd: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(join(repoRoot, "node_modules/.bin/tsx"), [join(repoRoot, "scripts/site.ts"), ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => done({ status, stderr }));
  });
}

/** The first record file of a collection in the copy, by id. */
const firstId = (collection: string) => readdirSync(join(broken.data, collection)).sort()[0]!.replace(/\.json$/, "");
const brokenPerson = firstId("people");
const brokenEvent = firstId("events");
const orphanSeed = "999_orphan.txt";

/** The record of each collection that has most to show: the most differences, then the most evidence. */
function richest(collection: string): string | undefined {
  const list = data.records.get(collection as never) ?? [];
  const score = (id: string) => data.differences.filter((d) => d.record.key === `${collection}/${id}`).length * 1000 + JSON.stringify(data.byKey.get(`${collection}/${id}`)!.value).length / 1000;
  return [...list].map((r) => r.id).sort((a, b) => score(b) - score(a))[0];
}
/** The person with the most conflicts, if any has one. */
const conflicted = [...data.records.get("people")!].map((p) => ({ p, n: data.differences.filter((d) => d.kind === "conflict" && d.record === p).length })).sort((a, b) => b.n - a.n)[0];

/** Tabs until `selector` has the focus (at most `limit` presses); returns whether every stop showed a visible focus ring. */
async function tabTo(page: Page, selector: string, limit = 300): Promise<{ reached: boolean; unringed: string[] }> {
  const unringed: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { matches: false, ring: true, what: "body" };
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      return { matches: el.matches(sel), ring, what: el.outerHTML.slice(0, 80) };
    }, selector);
    if (!state.ring) unringed.push(state.what);
    if (state.matches) return { reached: true, unringed };
  }
  return { reached: false, unringed };
}

const highlighted = (page: Page) => page.evaluate(() => [...((CSS.highlights as unknown as Map<string, Iterable<Range>>).get("target") ?? [])].map((r) => r.toString()).join(""));

beforeAll(async () => {
  // Break two records of the copy: a quote no longer in its seed, and a schema error in an event.
  const person = readRecord(broken.data, "people", brokenPerson);
  person.evidence[0].quote += " (words the article never printed)";
  writeRecord(broken.data, "people", brokenPerson, person);
  const event = readRecord(broken.data, "events", brokenEvent);
  event.name = 42;
  writeRecord(broken.data, "events", brokenEvent, event);
  // And a seed no article uses: its finding belongs to no record, so it shows on the home page.
  cpSync(join(broken.data, "seeds", readdirSync(join(broken.data, "seeds")).sort()[0]!), join(broken.data, "seeds", orphanSeed));
  mkdirSync(profile);
  mkdirSync(shots, { recursive: true });
  const [built, builtBroken, context] = await Promise.all([
    buildSite(repoRoot, ["--out", out]),
    buildSite(broken.root, ["--data", "data", "--out", brokenOut, "--diagnostics"]),
    chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      offline: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    }),
  ]);
  browser = context;
  expect(built.status, built.stderr).toBe(0);
  expect(builtBroken.status, builtBroken.stderr).toBe(0);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(broken.root, { recursive: true, force: true });
  console.log(`site browser tests: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

describe("the generated site", () => {
  it("has no broken link: every href, src and form action of every page names a file (and an id, for fragments)", () => {
    const { pages, broken } = brokenLinks(out);
    expect(pages).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });

  it("opens every kind of page at 1280 px and 390 px without sideways scroll, console errors or axe violations, and saves a screenshot of each", async () => {
    // Every kind of page once: the cross-record pages, a list (all lists share one template), and the
    // richest record of each collection; then a record page with --diagnostics findings.
    const kinds: [string, string, string][] = [["index.html", "home", out], ["search/index.html", "search", out], ["who-said-what/index.html", "who-said-what", out], ["disagreements/index.html", "disagreements", out], ["timeline/index.html", "timeline", out], ["relations/index.html", "relations", out], [`${collectionNames[0]}/index.html`, "list", out]];
    for (const c of collectionNames) {
      const id = richest(c);
      if (id) kinds.push([`${c}/${id}/index.html`, c, out]);
    }
    kinds.push([`people/${brokenPerson}/index.html`, "diagnostics", brokenOut]);
    const axe = pathToFileURL(join(repoRoot, "node_modules/axe-core/axe.min.js")).href;
    const problems: string[] = [];
    const queue = kinds.flatMap((k) => WIDTHS.map((w) => [...k, w] as const));
    // Three pages at a time (each tab is its own renderer process).
    await Promise.all([1, 2, 3].map(async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [p, name, site, width] = next;
        const page = await open(p, { site, width });
        const where = `${relative(root, site)}/${p} at ${width} px`;
        const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        if (scroll > client) problems.push(`${where}: scrolls sideways (${scroll} > ${client})`);
        await page.screenshot({ path: join(shots, `${name}-${width}.png`) });
        await page.addScriptTag({ url: axe });
        const found = await page.evaluate(async () => {
          const r = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ["violations"], preload: false });
          return r.violations.map((v) => `${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
        });
        problems.push(...found.map((f) => `${where}: ${f}`));
        await page.close();
      }
    }));
    expect(kinds.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);

  it("heads each article page with its outlet and title, never its id", async () => {
    // Every article: its label's outlet (or "Outlet not known") and title, as data.ts builds them (tested on fixtures in site.test.ts).
    for (const [id, label] of data.labels) {
      const page = await open(`articles/${id}/index.html`);
      const heading = page.locator("h1");
      expect(await heading.locator(".title").textContent()).toBe(label.title);
      expect(await heading.locator(".outlet").textContent()).toBe(label.outlet ?? "Outlet not known");
      expect(await heading.textContent()).not.toContain(id);
      await page.close();
    }
  });

  it("shows a conflict above the fold on the home page and on the page of the person with the most conflicts, at both widths", async () => {
    const conflicts = data.differences.filter((d) => d.kind === "conflict");
    if (!conflicts.length) return; // nothing to show: no two sources conflict
    for (const width of WIDTHS) {
      for (const p of ["index.html", ...(conflicted && conflicted.n ? [`people/${conflicted.p.id}/index.html`] : [])]) {
        const page = await open(p, { width });
        const first = page.locator(".difference.kind-conflict").first();
        const box = (await first.boundingBox())!;
        expect(box.y + Math.min(box.height, 120), `${p} at ${width} px`).toBeLessThanOrEqual(HEIGHT[width]);
        // It names the record and each version with who states it.
        expect(await first.locator(".versions li").count()).toBeGreaterThanOrEqual(2);
        expect(await first.locator(".according a").count()).toBeGreaterThanOrEqual(2);
        await page.close();
      }
    }
  });

  it("opens an evidence link's passage from any point of the link: corners, middle, between its lines", async () => {
    const person = conflicted?.p.id ?? data.records.get("people")![0]!.id;
    for (const width of WIDTHS) {
      const page = await open(`people/${person}/index.html`, { width });
      const links = page.locator('a.evidence[href*="#q="]');
      // The longest quote on the page wraps over most lines: its gaps between lines are the test.
      const lengths = await links.evaluateAll((as) => as.map((a) => a.textContent!.length));
      const index = lengths.indexOf(Math.max(...lengths));
      const link = links.nth(index);
      await link.scrollIntoViewIfNeeded();
      const box = (await link.boundingBox())!;
      const quote = await link.locator("q").textContent();
      const points = [[2, 2], [box.width - 2, 2], [box.width / 2, box.height / 2], [2, box.height - 2], [box.width - 2, box.height - 2], [box.width * 0.9, box.height * 0.3]];
      for (const [x, y] of points) {
        const target = await page.evaluate(([px, py]) => {
          const el = document.elementFromPoint(px!, py!);
          return el?.closest("a.evidence")?.getAttribute("href") ?? null;
        }, [box.x + x!, box.y + y!]);
        expect(target, `point ${x},${y} at ${width} px`).toBe(await link.getAttribute("href"));
      }
      await Promise.all([page.waitForEvent("load"), page.mouse.click(box.x + box.width - 3, box.y + box.height - 3)]);
      expect(page.url()).toContain("/articles/");
      expect(await highlighted(page)).toBe(quote);
      if (width === 1280) await page.screenshot({ path: join(shots, "article-highlight.png") });
      await page.close();
    }
  });

  it("highlights every evidence quote of every article exactly (emoji and all: offsets are UTF-16)", async () => {
    const mismatched: string[] = [];
    let checked = 0;
    for (const id of data.labels.keys()) {
      const page = await open(`articles/${id}/index.html`);
      const links = await page.locator(`a.evidence[href*="articles/${id}/index.html#q="]`).evaluateAll((as) => as.map((a) => ({ hash: a.getAttribute("href")!.replace(/^[^#]*/, ""), quote: a.querySelector("q")!.textContent! })));
      for (const { hash, quote } of links) {
        const got = await page.evaluate(async (h) => {
          location.hash = h;
          await new Promise((r) => setTimeout(r, 0));
          return [...((CSS.highlights as unknown as Map<string, Iterable<Range>>).get("target") ?? [])].map((r) => r.toString()).join("");
        }, hash);
        checked++;
        if (got !== quote) mismatched.push(`${id} ${hash}: ${JSON.stringify(got)} ≠ ${JSON.stringify(quote)}`);
      }
      await page.close();
    }
    expect(checked).toBeGreaterThan(0);
    expect(mismatched).toEqual([]);
  }, 60_000);

  it("marks “[…]” only where words were left out, never where the text left out is only whitespace", async () => {
    let markers = 0;
    for (const [id] of data.labels) {
      const text = data.dataset.seeds.get(id)!.text;
      const page = await open(`articles/${id}/index.html`);
      // For each marker, the text between the shown pieces around it.
      const gaps = await page.evaluate((length) => Array.from(document.querySelectorAll("#seed .elided")).map((m) => {
        const before = m.previousElementSibling as HTMLElement | null;
        const after = m.nextElementSibling as HTMLElement | null;
        return [before ? +before.dataset.s! + before.textContent!.length : 0, after ? +after.dataset.s! : length];
      }), text.length);
      for (const [from, to] of gaps) expect(text.slice(from, to), `${id} ${from}-${to}`).toMatch(/\S/);
      markers += gaps.length;
      // And the shown text is the seed's text, in order, wherever nothing was left out.
      const shown = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>("#seed [data-s]")).map((s) => [+s.dataset.s!, s.textContent!] as const));
      for (const [s, t] of shown) expect(text.slice(s, s + t.length)).toBe(t);
      await page.close();
    }
    expect(markers + [...data.labels.keys()].length).toBeGreaterThan(0);
  });

  it("draws every node of the relations graph inside the visible frame, at both widths", async () => {
    for (const width of WIDTHS) {
      const page = await open("relations/index.html", { width });
      const outside = await page.evaluate(() => {
        const frame = document.querySelector("figure.graph > svg")!.getBoundingClientRect();
        const view = document.documentElement.clientWidth;
        return Array.from(document.querySelectorAll(".nodes rect")).map((r) => r.getBoundingClientRect()).filter((b) => b.left < frame.left - 0.5 || b.right > frame.right + 0.5 || b.top < frame.top - 0.5 || b.bottom > frame.bottom + 0.5 || b.right > view).length;
      });
      expect(await page.locator(".nodes rect").count()).toBeGreaterThan(0);
      expect(outside, `at ${width} px`).toBe(0);
      await page.close();
    }
  });

  it("finds a word that occurs only in the words of a statement, and a name typed without accents", async () => {
    // A word of some statement's words that no record's name or other stated value has.
    const elsewhere = new Set<string>();
    const inQuotes = new Map<string, string>();
    for (const r of data.byKey.values()) {
      const text = JSON.stringify(r.value);
      if (r.collection !== "quotes") for (const t of terms(fold(text))) elsewhere.add(t);
      else for (const v of r.value.variants as { asStated: string }[]) for (const t of terms(fold(v.asStated))) if (!inQuotes.has(t)) inQuotes.set(t, r.id);
    }
    const [word, quote] = [...inQuotes].filter(([t]) => t.length >= 5 && !elsewhere.has(t)).sort()[0]!;
    const page = await open("search/index.html", { hash: `?q=${encodeURIComponent(word)}` });
    await expect.poll(() => page.locator("#results a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toContain(`../quotes/${quote}/index.html`);
    // A name with an accent, typed folded.
    const accented = data.records.get("people")!.find((p) => /[\u00C0-\u024F]/.test(String(p.value.name)));
    if (accented) {
      await page.locator("#q").fill(String(accented.value.name).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase());
      await expect.poll(() => page.locator("#results a").allTextContents()).toContain(nameOf(accented, data));
    }
    await page.close();
    expect(errors).toEqual([]);
  });

  it("filters the disagreements by kind, person and outlet", async () => {
    if (!data.differences.length) return;
    const page = await open("disagreements/index.html");
    await expect.poll(() => page.locator("#filter-differences").isVisible()).toBe(true);
    const total = await page.locator(".filterable > li").count();
    for (const facet of ["kind", "people", "outlets"]) {
      const select = page.locator(`#filter-differences select[name=${facet}]`);
      const value = await select.locator("option").nth(1).getAttribute("value");
      await select.selectOption(value!);
      const shown = page.locator(".filterable > li:not([hidden])");
      expect(await shown.count()).toBeGreaterThan(0);
      for (const attribute of await shown.evaluateAll((els, f) => els.map((e) => e.getAttribute(`data-${f}`)), facet)) expect(` ${attribute} `).toContain(` ${value} `);
      await select.selectOption("");
      expect(await page.locator(".filterable > li:not([hidden])").count()).toBe(total);
    }
    await page.close();
  });

  it("shows the checker's findings (--diagnostics) on the page of the record they concern: message, file, line and column", async () => {
    const expected = check(broken.root).diagnostics;
    const personFile = `data/people/${brokenPerson}.json`;
    const eventFile = `data/events/${brokenEvent}.json`;
    const quote = expected.filter((d) => d.file === personFile && d.rule === "quote-in-seed");
    const schema = expected.filter((d) => d.file === eventFile && d.rule === "schema");
    expect(quote.length).toBeGreaterThan(0);
    expect(schema.length).toBeGreaterThan(0);
    for (const [id, collection, found] of [[brokenPerson, "people", quote], [brokenEvent, "events", schema]] as const) {
      const page = await open(`${collection}/${id}/index.html`, { site: brokenOut });
      const shown = await page.locator(".diagnostics li").allTextContents();
      for (const d of found) expect(shown.some((t) => t.includes(`${d.file}:${d.line}:${d.column}`) && t.includes(d.message))).toBe(true);
      await page.close();
      // The list of the collection flags the record; a record without findings has no box.
      const list = readFileSync(join(brokenOut, collection, "index.html"), "utf8");
      expect(list).toMatch(new RegExp(`${id}/index.html">[^<]*</a> <span class="flag">findings</span>`));
    }
    const orphan = expected.filter((d) => d.file === `data/seeds/${orphanSeed}`);
    expect(orphan.length).toBeGreaterThan(0);
    const home = await open("index.html", { site: brokenOut });
    const onHome = await home.locator(".diagnostics li").allTextContents();
    for (const d of orphan) expect(onHome.some((t) => t.includes(`${d.file}:${d.line}:${d.column}`) && t.includes(d.message))).toBe(true);
    await home.close();
    const clean = firstId("organizations");
    expect(readFileSync(join(brokenOut, "organizations", clean, "index.html"), "utf8")).not.toContain('class="diagnostics"');
    // The cross-record pages still build from the records that match their schema, and say so.
    expect(readFileSync(join(brokenOut, "timeline/index.html"), "utf8")).toContain("1 record(s) that do not match their schema are left out");
    // Without --diagnostics no page shows findings.
    expect(readFileSync(join(out, "people", brokenPerson, "index.html"), "utf8")).not.toContain('class="diagnostics"');
  });

  it("works by keyboard alone, with a visible focus: tab to the search box, type, arrow through the results, open one", async () => {
    const target = data.records.get("people")!.find((p) => /[\u00C0-\u024F]/.test(String(p.value.name))) ?? data.records.get("people")![0]!;
    const typed = String(target.value.name).normalize("NFD").replace(/[\u0300-\u036f]/g, "").split(/[\s-]+/).slice(-1)[0]!.toLowerCase();
    const page = await open("index.html");
    const toBox = await tabTo(page, "#site-q", 30);
    expect(toBox.reached).toBe(true);
    expect(toBox.unringed).toEqual([]);
    await page.keyboard.type(typed);
    await Promise.all([page.waitForURL(/search\/index\.html\?q=/), page.keyboard.press("Enter")]);
    await expect.poll(() => page.locator("#results a").count()).toBeGreaterThan(0);
    // The search page's own box is the first field after the navigation; ArrowDown enters the results.
    const toQuery = await tabTo(page, "#q", 30);
    expect(toQuery.reached).toBe(true);
    expect(await page.locator("#q").inputValue()).toBe(typed);
    await page.keyboard.press("ArrowDown");
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(first).toBe(await page.locator("#results a").first().evaluate((a: HTMLAnchorElement) => a.href));
    const results = await page.locator("#results a").count();
    await page.keyboard.press("ArrowDown");
    const second = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(second).toBe(await page.locator("#results a").nth(Math.min(1, results - 1)).evaluate((a: HTMLAnchorElement) => a.href));
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).not.toBe("none");
    await Promise.all([page.waitForURL(second), page.keyboard.press("Enter")]);
    expect(page.url()).toBe(second);
    await page.close();
  });

  it("reaches an evidence item by Tab and opens it with Enter: the article shows its quote highlighted and focused", async () => {
    const person = data.records.get("people")![0]!.id;
    const page = await open(`people/${person}/index.html`);
    const reach = await tabTo(page, 'a.evidence[href*="#q="]');
    expect(reach.reached).toBe(true);
    expect(reach.unringed).toEqual([]);
    const quote = await page.evaluate(() => document.activeElement!.querySelector("q")!.textContent);
    await Promise.all([page.waitForURL(/articles\//), page.keyboard.press("Enter")]);
    expect(await highlighted(page)).toBe(quote);
    expect(await page.evaluate(() => !!document.activeElement?.closest("#seed"))).toBe(true);
    await page.close();
    expect(errors).toEqual([]);
    expect(existsSync(join(shots, "home-390.png"))).toBe(true);
  });
});
