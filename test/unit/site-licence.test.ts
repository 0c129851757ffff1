// The site shows a whole text only where the exports would ship it: the same list of licences decides both.
import { describe, expect, it } from "vitest";
import { openLicence } from "../../scripts/site/article.js";
import type { SiteRecord } from "../../scripts/site/data.js";

const article = (license: unknown): SiteRecord => ({ collection: "articles", id: "a", key: "articles/a", value: { id: "a", license } as never, valid: true });

describe("an article page's text", () => {
  it.each(["CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0"])("is shown whole under %s", (spdx) => {
    expect(openLicence(article({ asStated: "Licensed …", spdx }))).toEqual({ asStated: "Licensed …", spdx });
  });

  it.each(["CC-BY-NC-4.0", "CC-BY-ND-4.0", "CC-BY-NC-SA-4.0"])("is shown only in its cited passages under %s, which the exports do not ship either", (spdx) => {
    expect(openLicence(article({ asStated: "Licensed …", spdx }))).toBeUndefined();
  });

  it("is shown only in its cited passages when the article states no licence", () => {
    expect(openLicence(article(undefined))).toBeUndefined();
  });
});
