import type { Rule } from "../rule.js";
import { allEvidence } from "../../shared/walk.js";

/** How the note `add-source` writes into a skeleton begins: while it is there, curation has not finished. */
export const SKELETON_NOTE = "Skeleton written by `iran-cuba-relations add-source`";

/**
 * `add-source` writes a skeleton that says what is left to do, and the check holds the article unfinished
 * until it is done: its language is determined (not `und`), the skeleton's note is gone, and some other
 * record cites the article in its evidence (the records its text supports have been added).
 */
export const articleComplete: Rule<Set<string>> = {
  name: "article-complete",
  description: "an article is curated: its language determined, add-source's placeholder note gone, and cited by some other record",
  start: () => new Set(),
  checkRecord(record, { report }, cited) {
    for (const { evidence } of allEvidence(record.value)) if (record.collection !== "articles" || evidence.article !== record.name) cited.add(evidence.article);
    if (record.collection !== "articles") return;
    const { languages, notes } = (record.value ?? {}) as { languages?: unknown; notes?: unknown };
    (Array.isArray(languages) ? languages : []).forEach((language: { tag?: unknown } | null, i) => {
      if (language?.tag !== "und") return;
      report(record, {
        pointer: `/languages/${i}/tag`,
        message: 'the language is undetermined ("und"): the article has not been completed',
        hint: "set the BCP 47 tag of the language the text is written in, such as `en` (and one entry with extent `passage` for each other language its passages use)",
      });
    });
    (Array.isArray(notes) ? notes : []).forEach((note: unknown, i) => {
      if (typeof note !== "string" || !note.startsWith(SKELETON_NOTE)) return;
      report(record, {
        pointer: `/notes/${i}`,
        message: "add-source's placeholder note is still here: the article has not been completed",
        hint: "add what the text shows (title, publication date, byline, dateline, attributions, captions, posts, non-content spans), then remove this note",
      });
    });
  },
  checkDirectory(_listing, { articles, report }, cited) {
    for (const [id, { record }] of articles) {
      if (cited.has(id)) continue;
      report(record, {
        pointer: "/id",
        message: "no other record cites this article in its evidence: the records its text supports have not been added",
        hint: "add the people, organizations, places, events, agreements and quotes the text speaks of (or this article's evidence to their existing records), each with a quote of the text",
      });
    }
  },
};
