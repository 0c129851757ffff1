import type { Rule } from "../rule.js";

/** A record's id equals its file name, so `data/people/<id>.json` always finds it. */
export const idMatchesFile: Rule = {
  name: "id-matches-file",
  description: "every record's id equals its file name without .json",
  checkRecord(record, { report }) {
    const id = record.id;
    if (id === undefined || id === record.name) return;
    report(record, { pointer: "/id", message: `id "${id}" does not match the file name ${record.name}.json`, hint: `rename the file to ${id}.json, or set the id to "${record.name}"` });
  },
};
