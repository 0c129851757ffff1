/// <reference lib="dom" />
// The evidence explorer in a real browser (Debian's chromium through playwright-core, no network):
// every link resolves, every kind of page opens without console errors and passes axe's serious and
// critical rules, evidence opens its exact passage highlighted, search folds accents and case, the
// keyboard alone reaches everything, and --diagnostics shows each finding on its record's page.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectionNames } from "../src/shared/collections.js";
import { brokenLinks } from "./helpers/site-links.js";
import { check, copyOfData, readRecord, repoRoot, writeRecord } from "./helpers/data-copy.js";

const started = Date.now();
const root = mkdtempSync(join(tmpdir(), "icr-site-"));
const out = join(root, "site");
const profile = join(root, "profile");
// A broken copy of the data, built with --diagnostics: its findings must show on the pages they concern.
const broken = copyOfData();
const brokenOut = join(root, "site-diagnostics");
// launch() refuses --user-data-dir and manages its own; a persistent context takes a fresh one here.
// One browser and one context serve every test of this file (the file's budget is a minute).
let browser: BrowserContext;
const errors: string[] = [];

const url = (p: string, site = out) => pathToFileURL(join(site, p)).href;

async function open(p: string, hash = "", site = out): Promise<Page> {
  const page = await browser.newPage();
  page.on("console", (m) => { if (m.type() === "error") errors.push(`${p}: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`${p}: ${e.message}`));
  await page.goto(url(p, site) + hash);
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
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(broken.root, { recursive: true, force: true });
  // The whole file, build and browser included, must stay under a minute.
  console.log(`site browser tests: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

describe("the generated site", () => {
  it("has no broken link: every href, src and form action of every page names a file (and an id, for fragments)", () => {
    const { pages, broken } = brokenLinks(out);
    expect(pages).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });

  it("opens every kind of page without console errors and without serious or critical axe violations", async () => {
    // Every kind of page once: the cross-record pages, a list (all lists share one template), and one
    // record of each collection; then a record page with --diagnostics findings.
    const kinds = ["index.html", "search/index.html", "who-said-what/index.html", "disagreements/index.html", "timeline/index.html", "relations/index.html", `${collectionNames[0]}/index.html`];
    for (const c of collectionNames) {
      const first = existsSync(join(out, c)) ? readdirSync(join(out, c)).sort().find((d) => d !== "page" && existsSync(join(out, c, d, "index.html"))) : undefined;
      if (first) kinds.push(`${c}/${first}/index.html`);
    }
    const violations: string[] = [];
    const all = kinds.map((p) => [p, out]);
    all.push([`people/${brokenPerson}/index.html`, brokenOut]);
    // axe by URL rather than inline: the browser parses it faster from a file.
    const axe = pathToFileURL(join(repoRoot, "node_modules/axe-core/axe.min.js")).href;
    // Three pages at a time (each tab is its own renderer process): the file's minute is mostly axe.
    const queue = [...all];
    await Promise.all([1, 2, 3].map(async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [p, site] = next;
        const page = await open(p!, "", site);
        await page.addScriptTag({ url: axe });
        const found = await page.evaluate(async () => {
          const r = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ["violations"], preload: false });
          return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
        });
        violations.push(...found.map((f) => `${relative(root, site!)}/${p}: ${f}`));
        await page.close();
      }
    }));
    expect(all.length).toBeGreaterThan(10);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it("clicking an evidence item opens its article with exactly that quote highlighted", async () => {
    const person = readdirSync(join(out, "people")).find((d) => d !== "page" && existsSync(join(out, "people", d, "index.html")))!;
    const record = JSON.parse(readFileSync(join("data/people", `${person}.json`), "utf8")) as unknown;
    const quotes = new Set(JSON.stringify(record).match(/"quote":"(?:[^"\\]|\\.)*"/g)!.map((q) => JSON.parse(q.slice(8)) as string));
    const page = await open(`people/${person}/index.html`);
    const link = page.locator('a.evidence[href*="#q="]').first();
    const quote = await link.locator("q").textContent();
    expect(quotes.has(quote!)).toBe(true);
    // A DOM click: the pointer click at the centre of a multi-line inline link can land between its lines.
    await Promise.all([page.waitForEvent("load"), link.evaluate((a: HTMLAnchorElement) => a.click())]);
    expect(page.url()).toContain("/articles/");
    const highlighted = await page.evaluate(() => [...((CSS.highlights as unknown as Map<string, Iterable<Range>>).get("target") ?? [])].map((r) => r.toString()).join(""));
    expect(highlighted).toBe(quote);
    mkdirSync(".test-results/screenshots", { recursive: true });
    await page.screenshot({ path: ".test-results/screenshots/article-highlight.png" });
    await page.close();
  });

  it("highlights every evidence quote of every article exactly (emoji and all: offsets are UTF-16)", async () => {
    const mismatched: string[] = [];
    let checked = 0;
    for (const id of readdirSync(join(out, "articles")).filter((d) => existsSync(join(out, "articles", d, "index.html")) && d !== "page")) {
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

  it("finds a name typed without accents or hyphen, and saves the README screenshots", async () => {
    const people = readdirSync("data/people").map((f) => JSON.parse(readFileSync(join("data/people", f), "utf8")) as { name: string; nameForms?: string[] });
    // Any name with an accent: search for it folded, expect it found.
    const accented = people.find((p) => /[\u00C0-\u024F]/.test(p.name))!;
    const typed = accented.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/-/g, " ").toLowerCase();
    const page = await open("search/index.html");
    await page.locator("#q").fill(typed);
    await expect.poll(() => page.locator("#results a").allTextContents()).toContain(accented.name);
    await page.screenshot({ path: ".test-results/screenshots/search.png" });
    await page.close();
    for (const [p, shot] of [["who-said-what/index.html", "who-said-what"], ["relations/index.html", "relations"], ["people/raul-castro/index.html", "record"]] as const) {
      if (!existsSync(join(out, p))) continue;
      const view = await open(p);
      await view.screenshot({ path: `.test-results/screenshots/${shot}.png` });
      await view.close();
    }
    expect(errors).toEqual([]);
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
      const page = await open(`${collection}/${id}/index.html`, "", brokenOut);
      const shown = await page.locator(".diagnostics li").allTextContents();
      for (const d of found) expect(shown.some((t) => t.includes(`${d.file}:${d.line}:${d.column}`) && t.includes(d.message))).toBe(true);
      if (collection === "people") await page.screenshot({ path: ".test-results/screenshots/diagnostics.png" });
      await page.close();
      // The list of the collection flags the record; a record without findings has no box.
      const list = readFileSync(join(brokenOut, collection, "index.html"), "utf8");
      expect(list).toMatch(new RegExp(`${id}</code> <span class="flag">findings</span>`));
    }
    const orphan = expected.filter((d) => d.file === `data/seeds/${orphanSeed}`);
    expect(orphan.length).toBeGreaterThan(0);
    const home = await open("index.html", "", brokenOut);
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
    const people = readdirSync("data/people").map((f) => JSON.parse(readFileSync(join("data/people", f), "utf8")) as { id: string; name: string });
    const target = people.find((p) => /[\u00C0-\u024F]/.test(p.name)) ?? people[0]!;
    const typed = target.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").split(/[\s-]+/).slice(-1)[0]!.toLowerCase();
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
    await page.keyboard.press("ArrowUp");
    if (results > 1) await page.keyboard.press("ArrowDown"); // back on the second
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).not.toBe("none");
    await Promise.all([page.waitForURL(second), page.keyboard.press("Enter")]);
    expect(page.url()).toBe(second);
    await page.close();
  });

  it("reaches an evidence item by Tab and opens it with Enter: the article shows its quote highlighted and focused", async () => {
    const person = readdirSync(join(out, "people")).find((d) => d !== "page" && existsSync(join(out, "people", d, "index.html")))!;
    const page = await open(`people/${person}/index.html`);
    const reach = await tabTo(page, 'a.evidence[href*="#q="]');
    expect(reach.reached).toBe(true);
    expect(reach.unringed).toEqual([]);
    const quote = await page.evaluate(() => document.activeElement!.querySelector("q")!.textContent);
    await Promise.all([page.waitForURL(/articles\//), page.keyboard.press("Enter")]);
    const highlighted = await page.evaluate(() => [...((CSS.highlights as unknown as Map<string, Iterable<Range>>).get("target") ?? [])].map((r) => r.toString()).join(""));
    expect(highlighted).toBe(quote);
    expect(await page.evaluate(() => !!document.activeElement?.closest("#seed"))).toBe(true);
    await page.close();
    expect(errors).toEqual([]);
  });

});
