import type { Rule } from "../rule.js";
import { refOf, reportLater, type RecordRef } from "../later.js";
import { collections, type CollectionName } from "../../shared/collections.js";
import { objectsOf } from "../../shared/walk.js";
import type { Finding } from "../diagnostic.js";

/** A reference beside words that name its target: the words must contain one of the target's name forms. */
interface Claim {
  on: RecordRef;
  pointer: string;
  target: CollectionName;
  id: string;
  words: string[];
}

interface State {
  /** The name forms of every place, organization and person, by collection, then id (no key to build per record). */
  nameForms: Map<CollectionName, Map<string, string[]>>;
  claims: Claim[];
}

const NAMED: readonly CollectionName[] = ["places", "organizations", "people"];

/** The words and the reference of a node whose words name what it refers to; undefined for any other node. */
function claimOf(collection: CollectionName, node: Record<string, unknown>, pointer: string): Omit<Claim, "on" | "pointer"> | undefined {
  const stated = node.certainty === undefined || node.certainty === "stated";
  const words = typeof node.asStated === "string" ? [node.asStated] : [];
  // Where a record names a place (an agreement's or an event's place, a group's country, a situation's
  // party); a reading of other words (Washington for the United States) says so in its certainty.
  if (typeof node.place === "string" && words.length && stated) return { target: "places", id: node.place, words };
  if (collection === "articles") {
    // An outlet named as publisher, licensor or source, and a photo's credited organization.
    if (/^\/(attributions\/\d+|captions\/\d+\/credits\/\d+)$/.test(pointer) && typeof node.organization === "string") return { target: "organizations", id: node.organization, words };
    // A post's author, shown by display name or handle.
    const author = node.author as { asStated?: unknown; person?: unknown; organization?: unknown } | undefined;
    if (/^\/posts\/\d+$/.test(pointer) && author && typeof author.asStated === "string") {
      const handle = (node.handle as { asStated?: unknown } | undefined)?.asStated;
      const shown = [author.asStated, ...(typeof handle === "string" ? [handle] : [])];
      if (typeof author.person === "string") return { target: "people", id: author.person, words: shown };
      if (typeof author.organization === "string") return { target: "organizations", id: author.organization, words: shown };
    }
  }
  // A group member the text names; an identification across texts is an interpretation.
  if (collection === "groups" && /^\/members\/\d+$/.test(pointer) && typeof node.person === "string" && words.length && node.certainty === "stated") return { target: "people", id: node.person, words };
  return undefined;
}

/**
 * Where words of the text stand beside a reference because they name its target (an agreement's or an
 * event's place, a group's country, a publisher, a photo credit, a post's author, a group member the
 * text names), one of the target's name forms occurs in them. A place whose name stands for something
 * else (`standsFor`) is read from one of its own name forms.
 */
export const wordsNameReference: Rule<State> = {
  name: "words-name-reference",
  description: "words that name a referenced place, organization or person contain one of its name forms",
  start: () => ({ nameForms: new Map(NAMED.map((c) => [c, new Map()])), claims: [] }),
  checkRecord(record, { report }, state) {
    const value = record.value as { nameForms?: unknown; standsFor?: unknown } | null;
    if (NAMED.includes(record.collection) && Array.isArray(value?.nameForms)) {
      state.nameForms.get(record.collection)!.set(record.name, value.nameForms.filter((f): f is string => typeof f === "string"));
    }
    if (record.collection === "places" && Array.isArray(value?.standsFor) && Array.isArray(value.nameForms)) {
      value.standsFor.forEach((reading: { asStated?: unknown } | null, i) => {
        if (typeof reading?.asStated !== "string" || (value.nameForms as unknown[]).includes(reading.asStated)) return;
        report(record, {
          pointer: `/standsFor/${i}/asStated`,
          message: `the place's name is read as standing for something else, but ${JSON.stringify(reading.asStated)} is not one of its name forms`,
          hint: "the words of a reading are the place's own name as the text writes it: add them to nameForms, or correct them",
        });
      });
    }
    for (const { node, pointer } of objectsOf(record.value)) {
      const claim = claimOf(record.collection, node, pointer);
      if (claim) state.claims.push({ on: refOf(record), pointer, ...claim });
    }
  },
  checkDirectory(listing, context, { nameForms, claims }) {
    const findings: { on: RecordRef; finding: Finding }[] = [];
    for (const { on, pointer, target, id, words } of claims) {
      const forms = nameForms.get(target)?.get(id);
      if (forms === undefined || words.some((w) => forms.some((f) => w.includes(f)))) continue; // a missing target is the references rule's
      const what = collections[target].singular;
      findings.push({
        on,
        finding: {
          pointer: `${pointer}/${pointer.startsWith("/posts/") ? "author/asStated" : "asStated"}`,
          message: `${words.map((w) => JSON.stringify(w)).join(" and ")} ${words.length > 1 ? "do" : "does"} not name the ${what} "${id}": none of its name forms occurs in ${words.length > 1 ? "them" : "it"}`,
          hint: `refer to the ${what} these words name; if they are a form of its name the record lacks, add them to its nameForms (with evidence)${target === "organizations" ? "" : '; if they stand for it without naming it, say so with "certainty": "interpretation" and a note'}`,
        },
      });
    }
    reportLater(listing, context, findings);
  },
};
