// iran-cuba-relations: what news articles say about Iran–Cuba ties, as typed records.

export type * from "./generated/schema/types.js";
export { articles, getArticle, findArticle, articleIds } from "./generated/records/collections/articles.js";
export { people, getPerson, findPerson, personIds } from "./generated/records/collections/people.js";
export { organizations, getOrganization, findOrganization, organizationIds } from "./generated/records/collections/organizations.js";
export { agreements, getAgreement, findAgreement, agreementIds } from "./generated/records/collections/agreements.js";
export { places, getPlace, findPlace, placeIds } from "./generated/records/collections/places.js";
export { quotes, getQuote, findQuote, quoteIds } from "./generated/records/collections/quotes.js";
export { events, getEvent, findEvent, eventIds } from "./generated/records/collections/events.js";
export { situations, getSituation, findSituation, situationIds } from "./generated/records/collections/situations.js";
export { groups, getGroup, findGroup, groupIds } from "./generated/records/collections/groups.js";
export {
  disagreements,
  variants,
  type Conflict,
  type Disagreement,
  type DisagreementVersion,
  type Variant,
  type VariantRelation,
  type VersionCertainty,
  type WordingDifference,
  type WordingVersion,
} from "./disagreements.js";

export {
  agreementsNaming,
  articlesSupporting,
  contentsOf,
  eventsOf,
  eventsOfGroup,
  groupsOf,
  situationsOf,
  evidenceOf,
  membersOf,
  peopleInAgreement,
  quotesBy,
  signingOf,
  speakersOf,
  timeline,
  variantsOf,
  type AnyRecord,
  type EvidenceAt,
  type SigningAccount,
  type TimelineEntry,
  type VariantReport,
} from "./relations.js";
