// Where the sources differ on a fact, the records keep every version. disagreements() lists the differences
// a reader must weigh: conflicts (versions that cannot both be true of the same thing at the same time) and
// wording differences (one statement reported in different words), most contested first. variants() lists
// the differences that can all be true (a more precise date, a place inside another, a later status
// reported later, other words for one thing, a shorter list), each with the relation that makes it so.
// Which fields are compared, and how, is read from the schema (`"x-perSource"`, src/shared/per-source.ts).
import { collectionNames, collections, type CollectionName } from "./shared/collections.js";
import { datasetSchema } from "./generated/schema/dataset-schema.js";
import type { PerSourceSchemaNode } from "./shared/per-source.js";
import { differenceKey, findDifferences, type CollectionRecords, type Differences, type Disagreement, type Variant } from "./differences/find.js";
import { agreements } from "./generated/records/collections/agreements.js";
import { articles } from "./generated/records/collections/articles.js";
import { events } from "./generated/records/collections/events.js";
import { organizations } from "./generated/records/collections/organizations.js";
import { people } from "./generated/records/collections/people.js";
import { places } from "./generated/records/collections/places.js";
import { quotes } from "./generated/records/collections/quotes.js";
import { situations } from "./generated/records/collections/situations.js";
import { groups } from "./generated/records/collections/groups.js";

export type { Conflict, CollectionRecords, Differences, Disagreement, Variant, WordingDifference } from "./differences/find.js";
export type { VariantRelation } from "./differences/relate.js";
export type { DisagreementVersion, VersionCertainty } from "./differences/versions.js";
export type { WordingVersion } from "./differences/wording.js";
export { differenceKey, findDifferences };

const datasetRecords: Record<CollectionName, readonly { id: string }[]> = { articles, people, organizations, agreements, places, quotes, events, situations, groups };

let computed: Differences | undefined;

/** The dataset's differences, computed once. */
const differences = (): Differences =>
  (computed ??= findDifferences(
    datasetSchema.$defs as unknown as Record<string, PerSourceSchemaNode>,
    collectionNames.map((c): CollectionRecords => ({ collection: c, title: collections[c].title, records: datasetRecords[c] })),
  ));

/**
 * Where the sources disagree: conflicts first, then wording differences, each ranked (`rank` 1 is the most
 * contested: versions stated outright before readings, then more articles, then more versions). Each
 * version names only the articles whose own text states it.
 * @example disagreements().filter((d) => d.kind === "conflict").map((d) => `${d.rank}. ${d.id} ${d.field}`)
 */
export function disagreements(): readonly Disagreement[] {
  return differences().disagreements;
}

/**
 * Differences between sources that can all be true, each with the relation that makes them compatible
 * (`precision`, `span`, `part-of`, `progression`, `same-value`, `partial-list`).
 * @example variants().filter((v) => v.relation === "part-of").map((v) => `${v.id}: ${v.versions[1].value} in ${v.versions[0].value}`)
 */
export function variants(): readonly Variant[] {
  return differences().variants;
}
