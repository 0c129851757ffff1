import type { Rule } from "../rule.js";

/** Each article's seed exists and its bytes hash to the recorded SHA-256; each seed has an article. */
export const seedIntegrity: Rule = {
  name: "seed-integrity",
  description: "every article's seed exists and matches its SHA-256; every seed belongs to exactly one article",
  checkDirectory(_directory, { articles, articleWithoutSeed, seeds, report }) {
    const claimed = new Map<string, string>();
    for (const [name, article] of articles) {
      const record = article.record;
      if (article.seed === undefined) continue; // the schema rule reports the missing or mistyped seed
      const seed = seeds.get(article.seed);
      const previous = claimed.get(article.seed);
      if (previous !== undefined) report(record, { pointer: "/seed", message: `seed ${article.seed} is already the seed of article "${previous}"`, hint: "one article per seed" });
      claimed.set(article.seed, name);
      if (!seed) {
        report(record, { pointer: "/seed", message: `seed file seeds/${article.seed} does not exist`, hint: "add the source text to the seeds folder, or fix the file name" });
      } else if (seed.problem) {
        report(record, { pointer: "/seed", message: `seed ${article.seed} cannot be read: it ${seed.problem.message.replace(/^seed /, "")}` });
      } else if (article.sha256 !== undefined && seed.sha256 !== article.sha256) {
        report(record, {
          pointer: "/sha256",
          message: `seed ${article.seed} has SHA-256 ${seed.sha256}, not the recorded ${article.sha256}: the source text has changed`,
          hint: "seeds are never edited: restore the original file. Only for a new seed, record its SHA-256.",
        });
      }
    }
    // An article that names no usable seed may be the one meant: its own error says it, and a seed
    // reported as unclaimed would be a consequence of it.
    if (articleWithoutSeed) return;
    for (const seed of seeds.values()) {
      if (!claimed.has(seed.name)) report(seed, { message: `seed ${seed.name} has no article record`, hint: "add data/articles/<id>.json with \"seed\": \"" + seed.name + "\"" });
    }
  },
};
