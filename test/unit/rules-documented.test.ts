// docs/checks.md is where a contributor looks up a rule named in a diagnostic: it names every rule the
// checker runs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/check/rules/index.js";
import { repoRoot } from "../helpers/data-copy.js";

describe("docs/checks.md", () => {
  const page = readFileSync(join(repoRoot, "docs/checks.md"), "utf8");

  it.each(rules.map((r) => r.name))("names the rule %s", (name) => {
    expect(page).toContain(`\`${name}\``);
  });
});
