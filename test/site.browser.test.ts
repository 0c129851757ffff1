/// <reference lib="dom" />
// The evidence explorer in a real browser (Debian's chromium through playwright-core, no network):
// every link resolves, every kind of page opens without console errors and passes axe's serious and
// critical rules, evidence opens its exact passage highlighted, and search folds accents and case.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = mkdtempSync(join(tmpdir(), "icr-site-"));
const out = join(root, "site");
const profile = join(root, "profile");
// launch() refuses --user-data-dir and manages its own; a persistent context takes a fresh one here.
let browser: BrowserContext;
const errors: string[] = [];

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : []));
}
const url = (p: string) => pathToFileURL(join(out, p)).href;

async function open(p: string, hash = ""): Promise<Page> {
  const page = await browser.newPage();
  page.on("console", (m) => { if (m.type() === "error") errors.push(`${p}: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`${p}: ${e.message}`));
  await page.goto(url(p) + hash);
  return page;
}

beforeAll(async () => {
  const built = spawnSync("node_modules/.bin/tsx", ["scripts/site.ts", "--out", out], { encoding: "utf8" });
  expect(built.status, built.stderr).toBe(0);
  mkdirSync(profile);
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    offline: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("the generated site", () => {
  it("has no broken link: every href and src of every page names a file (and an id, for fragments)", () => {
    const all = pages(out);
    const broken: string[] = [];
    for (const file of all) {
      const html = readFileSync(file, "utf8");
      for (const [, link] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        if (/^[a-z]+:/.test(link!)) { broken.push(`${relative(out, file)}: external ${link}`); continue; }
        const [path, fragment] = link!.split("#");
        const target = path ? resolve(dirname(file), path) : file;
        if (!existsSync(target)) { broken.push(`${relative(out, file)} → ${link}`); continue; }
        if (fragment && !fragment.startsWith("q=") && !readFileSync(target, "utf8").includes(`id="${fragment}"`)) broken.push(`${relative(out, file)} → ${link} (no such id)`);
      }
    }
    expect(all.length).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });

  it("opens every kind of page without console errors and without serious or critical axe violations", async () => {
    const kinds = ["index.html", "search/index.html", "who-said-what/index.html", "disagreements/index.html", "timeline/index.html", "relations/index.html"];
    for (const c of readdirSync(out, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(out, e.name, "index.html")))) {
      kinds.push(`${c.name}/index.html`);
      const first = readdirSync(join(out, c.name)).find((d) => d !== "page" && existsSync(join(out, c.name, d, "index.html")));
      if (first) kinds.push(`${c.name}/${first}/index.html`);
    }
    const axe = readFileSync("node_modules/axe-core/axe.min.js", "utf8");
    const violations: string[] = [];
    for (const p of [...new Set(kinds)]) {
      const page = await open(p);
      await page.addScriptTag({ content: axe });
      const found = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ["violations"], preload: false });
        return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      });
      violations.push(...found.map((f) => `${p}: ${f}`));
      await page.close();
    }
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
    mkdirSync("docs/screenshots", { recursive: true });
    await page.screenshot({ path: "docs/screenshots/article-highlight.png" });
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
    await page.screenshot({ path: "docs/screenshots/search.png" });
    await page.close();
    for (const [p, shot] of [["who-said-what/index.html", "who-said-what"], ["relations/index.html", "relations"], ["people/raul-castro/index.html", "record"]] as const) {
      if (!existsSync(join(out, p))) continue;
      const view = await open(p);
      await view.screenshot({ path: `docs/screenshots/${shot}.png` });
      await view.close();
    }
    expect(errors).toEqual([]);
  });
});
