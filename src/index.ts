// iran-cuba-relations: what five news texts of June 2023 say about Iran–Cuba ties, as typed records.
import type { Agreement, Article, ArticleId, Evidence, Organization, Person, PersonId, Place } from "./generated/types.js";
import { agreements } from "./agreements.js";
import { getArticle } from "./articles.js";
import { getPerson } from "./people.js";
import { allEvidence } from "./walk.js";

export type * from "./generated/types.js";
export { articles, getArticle, findArticle, articleIds } from "./articles.js";
export { people, getPerson, findPerson, personIds } from "./people.js";
export { organizations, getOrganization, findOrganization, organizationIds } from "./organizations.js";
export { agreements, getAgreement, findAgreement, agreementIds } from "./agreements.js";
export { places, getPlace, findPlace, placeIds } from "./places.js";
export { disagreements, type Disagreement, type DisagreementVersion } from "./disagreements.js";

/** Any record of the dataset. */
export type AnyRecord = Article | Person | Organization | Agreement | Place;

/** A piece of evidence, with the JSON pointer of the value it supports inside its record. */
export interface EvidenceAt {
  evidence: Evidence;
  /** JSON pointer of the evidence item (`/roles/0/evidence/1`); its parent object is what it supports. */
  pointer: string;
}

/**
 * Every piece of evidence in a record, on the record itself and on each sourced value.
 * @example evidenceOf(getPerson("raul-castro")).map(({ evidence }) => evidence.quote)
 */
export function evidenceOf(record: AnyRecord): EvidenceAt[] {
  return allEvidence(record);
}

/**
 * The articles whose text supports a record, in id order: who says so.
 * @example articlesSupporting(getPerson("raul-castro")).map((a) => a.id)
 */
export function articlesSupporting(record: AnyRecord): Article[] {
  const ids = new Set(allEvidence(record).map(({ evidence }) => evidence.article));
  return [...ids].sort().map((id) => getArticle(id as ArticleId));
}

/**
 * The people an agreement names (signatories, people present, proposers, negotiators), each once.
 * @example peopleInAgreement(getAgreement("iran-cuba-havana-agreements-2023")).map((p) => p.name)
 */
export function peopleInAgreement(agreement: Agreement): Person[] {
  const ids = new Set((agreement.people ?? []).map((p) => p.person));
  return [...ids].map((id) => getPerson(id as PersonId));
}

/**
 * The agreements that name a person, in id order.
 * @example agreementsNaming(getPerson("ebrahim-raisi")).map((a) => a.id)
 */
export function agreementsNaming(person: Person): Agreement[] {
  return agreements.filter((a) => (a.people ?? []).some((p) => p.person === person.id));
}

/**
 * The agreements reported as part of a set (`kind: "set"`), in id order.
 * @example membersOf(getAgreement("iran-cuba-havana-agreements-2023")).map((a) => a.name)
 */
export function membersOf(set: Agreement): Agreement[] {
  return agreements.filter((a) => a.partOfAgreement === set.id);
}
