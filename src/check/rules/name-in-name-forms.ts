import type { Rule } from "../rule.js";

const MARK = /\p{M}/gu;
const fold = (s: string) => s.normalize("NFD").replace(MARK, "").toLowerCase();

/**
 * A person's canonical name is never invented: each of its words (accents and case aside) is a word of
 * one of the name forms the texts use. "Raúl Castro" may be built from "Raul Castro Ruz" and "Raúl"; a
 * middle name no text gives may not be added.
 */
export const nameInNameForms: Rule = {
  name: "name-in-name-forms",
  description: "each word of a person's name occurs, accents and case aside, in one of the person's name forms",
  checkRecord(record, { report }) {
    if (record.collection !== "people") return;
    const { name, nameForms } = (record.value ?? {}) as { name?: unknown; nameForms?: unknown };
    if (typeof name !== "string" || !Array.isArray(nameForms)) return;
    // The usual record: the name is one of its name forms, so each of its words is one of that form's
    // (without a comma the two splits agree; no character decomposes into one).
    if (!name.includes(",") && nameForms.includes(name)) return;
    const words = new Set(nameForms.flatMap((form: unknown) => (typeof form === "string" ? fold(form).split(/[\s,]+/) : [])));
    const missing = fold(name).split(/\s+/).filter((word) => word !== "" && !words.has(word));
    if (missing.length === 0) return;
    report(record, {
      pointer: "/name",
      message: `the name ${JSON.stringify(name)} has ${missing.length === 1 ? "a word" : "words"} no name form uses: ${missing.map((w) => JSON.stringify(w)).join(", ")}`,
      hint: "build the name from the words the texts use (its name forms); never add a name they do not give",
    });
  },
};
