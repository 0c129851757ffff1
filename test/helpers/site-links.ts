// Every link of a generated site resolves: each href, src and form action of every page names a file
// of the site (and, with a fragment, an element id in it; `#q=` is the highlight, read by script). The
// one kind of link out is the address a document was found at, marked rel="external".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlPages(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : []));
}

export function brokenLinks(site: string): { pages: number; broken: string[] } {
  const all = htmlPages(site);
  const broken: string[] = [];
  for (const file of all) {
    const html = readFileSync(file, "utf8");
    for (const [tag, link] of html.matchAll(/(?:href|src|action)="([^"]+)"(?: rel="([^"]*)")?/g)) {
      if (/^[a-z]+:/.test(link!)) {
        if (!/^https?:\/\//.test(link!) || !/rel="external/.test(tag)) broken.push(`${relative(site, file)}: external ${link}`);
        continue;
      }
      const [path, fragment] = link!.split("#");
      const target = path ? resolve(dirname(file), path) : file;
      if (!existsSync(target)) { broken.push(`${relative(site, file)} → ${link}`); continue; }
      if (fragment && !fragment.startsWith("q=") && !readFileSync(target, "utf8").includes(`id="${fragment}"`)) broken.push(`${relative(site, file)} → ${link} (no such id)`);
    }
  }
  return { pages: all.length, broken };
}
