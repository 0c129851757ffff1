// Helpers that follow references between records: who says so, who took part, who said what.
import type { Agreement, AgreementSigning, Article, Evidence, Event, Group, GroupMember, Organization, Person, PersonId, Place, Quote, QuoteVariant, SigningParticipant, Situation, SituationParty } from "./generated/schema/types.js";
import { agreements } from "./generated/records/collections/agreements.js";
import { getArticle } from "./generated/records/collections/articles.js";
import { events } from "./generated/records/collections/events.js";
import { findOrganization } from "./generated/records/collections/organizations.js";
import { getPerson } from "./generated/records/collections/people.js";
import { groups } from "./generated/records/collections/groups.js";
import { situations } from "./generated/records/collections/situations.js";
import { quotes } from "./generated/records/collections/quotes.js";
import { allEvidence } from "./shared/walk.js";
import { articleOutlet } from "./shared/outlet.js";

/** Any record of the dataset. */
export type AnyRecord = Article | Person | Organization | Agreement | Place | Quote | Event | Situation | Group;

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
  return [...ids].sort().map((id) => getArticle(id));
}

/** The ids of the people an agreement names: in any source's account of its signing, then as proposers or negotiators. */
function personIdsIn(agreement: Agreement): PersonId[] {
  const signing = (agreement.signing ?? []).flatMap((s) => s.participants.flatMap((p) => (p.person ? [p.person] : [])));
  return [...new Set([...signing, ...(agreement.people ?? []).map((p) => p.person)])];
}

/**
 * The people an agreement names (signatories and people present in any source's account, proposers, negotiators), each once.
 * @example peopleInAgreement(getAgreement("iran-cuba-havana-agreements-2023")).map((p) => p.name)
 */
export function peopleInAgreement(agreement: Agreement): Person[] {
  return personIdsIn(agreement).map((id) => getPerson(id));
}

/**
 * The agreements that name a person, in id order.
 * @example agreementsNaming(getPerson("ebrahim-raisi")).map((a) => a.id)
 */
export function agreementsNaming(person: Person): Agreement[] {
  return agreements.filter((a) => personIdsIn(a).includes(person.id));
}

/** One source's account of who signed an agreement and who was present. */
export interface SigningAccount {
  /** The article that carries the account. */
  article: Article;
  /** The named people, countries and organizations that signed, and the unnamed ones in the source's words. */
  signatories: SigningParticipant[];
  /** Those in whose presence it was signed. */
  present: SigningParticipant[];
  /** The source's words. */
  asStated: string;
  certainty: AgreementSigning["certainty"];
}

/**
 * Who signed an agreement and who was present, per source, in record order.
 * @example signingOf(getAgreement("iran-cuba-havana-agreements-2023")).map((s) => `${s.article.id}: ${s.signatories.length} signatories`)
 */
export function signingOf(agreement: Agreement): SigningAccount[] {
  return (agreement.signing ?? []).map((s) => ({
    article: getArticle(s.evidence[0]!.article),
    signatories: s.participants.filter((p) => p.part === "signatory"),
    present: s.participants.filter((p) => p.part === "present"),
    asStated: s.asStated,
    certainty: s.certainty,
  }));
}

/**
 * The agreements reported as part of a set (`kind: "set"`), in id order.
 * @example membersOf(getAgreement("iran-cuba-havana-agreements-2023")).map((a) => a.name)
 */
export function membersOf(set: Agreement): Agreement[] {
  return agreements.filter((a) => a.partOfAgreement === set.id);
}

/**
 * Every quote attributed to a person, alone or jointly with others, in id order.
 * @example quotesBy(getPerson("miguel-diaz-canel")).map((q) => q.summary)
 */
export function quotesBy(person: Person): Quote[] {
  return quotes.filter((q) => q.speakers.includes(person.id));
}

/**
 * A quote's speakers, in record order: one person, or several for a joint statement.
 * @example speakersOf(getQuote("raisi-willingness-to-strengthen-relations")).map((p) => p.name)
 */
export function speakersOf(quote: Quote): Person[] {
  return quote.speakers.map((id) => getPerson(id));
}

/** One report of a quote, beside the article that carries it and the outlet that article names. */
export interface VariantReport {
  variant: QuoteVariant;
  article: Article;
  /** The organization of the article's outlet: the publisher or licensor its text names, else its supplied outlet's record. */
  outlet: Organization | undefined;
}

/**
 * A quote's variants side by side: each report's words, the article and the outlet that reported it.
 * @example variantsOf(getQuote("raisi-hope-and-despair")).map((r) => `${r.outlet?.name ?? r.article.id}: ${r.variant.asStated}`)
 */
export function variantsOf(quote: Quote): VariantReport[] {
  return quote.variants.map((variant) => {
    const article = getArticle(variant.evidence[0]!.article);
    return { variant, article, outlet: outletOf(article, findOrganization) };
  });
}

/**
 * The organization of the article's outlet (src/shared/outlet.ts: its text's publisher, else licensor, else
 * the supplied outlet when it is linked to a record); `find` looks ids up (the site passes its own records).
 */
export function outletOf(article: Article, find: (id: string) => Organization | undefined): Organization | undefined {
  const outlet = articleOutlet(article);
  return outlet?.organization ? find(outlet.organization) : undefined;
}

/**
 * The events that name the person among their participants, in id order. An event whose participant is
 * a group the person belongs to is not included: the texts say the group took part, not that each member
 * did (and some memberships are the curators' interpretation). For those, ask
 * `groupsOf(person).flatMap(({ group }) => eventsOfGroup(group))`.
 * @example eventsOf(getPerson("raul-castro")).map((e) => e.name)
 */
export function eventsOf(person: Person): Event[] {
  return events.filter((e) => (e.participants ?? []).some((p) => p.person === person.id));
}

/**
 * What belongs to an event: its sub-events, the agreements signed or proposed at it, the quotes said at it.
 * @example contentsOf(getEvent("raisi-cuba-visit")).events.map((e) => e.name)
 */
export function contentsOf(event: Event): { events: Event[]; agreements: Agreement[]; quotes: Quote[] } {
  return {
    events: events.filter((e) => e.partOfEvent === event.id),
    agreements: agreements.filter((a) => a.event === event.id),
    quotes: quotes.filter((q) => q.event === event.id),
  };
}

/** An event on the timeline: dated by the earliest date any source gives, or undated with the reason. */
export type TimelineEntry = { event: Event; date: string; undated?: undefined } | { event: Event; date?: undefined; undated: string };

/**
 * Every event in date order (by the earliest date any source gives; ties by id), undated ones last,
 * each with the reason it has no date.
 * @example timeline().map((t) => `${t.date ?? "undated"} ${t.event.name}`)
 */
export function timeline(): TimelineEntry[] {
  return timelineOf(events);
}

/** timeline() over any events (the site builds it from the records of the directory it is given). */
export function timelineOf(events: readonly Event[]): TimelineEntry[] {
  const dated: TimelineEntry[] = [];
  const undated: TimelineEntry[] = [];
  for (const event of events) {
    const dates = (event.date ?? []).map((d) => d.value).sort();
    if (dates[0]) dated.push({ event, date: dates[0] });
    else undated.push({ event, undated: ["no text dates it", ...(event.dateBounds ?? []).map((b) => `${b.bound.replace(/-/g, " ")} ${b.value} ("${b.asStated}")`)].join("; ") });
  }
  dated.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.event.id < b.event.id ? -1 : 1));
  return [...dated, ...undated];
}

/**
 * The groups a person belongs to, each with the membership entries that say so (role, certainty, note):
 * a membership the curators identified across texts is there with `certainty: "interpretation"`.
 * @example groupsOf(getPerson("hossein-amir-abdollahian")).map(({ group, memberships }) => `${group.id} ${memberships[0]!.certainty}`)
 */
export function groupsOf(person: Person): { group: Group; memberships: GroupMember[] }[] {
  return groups.flatMap((group) => {
    const memberships = (group.members ?? []).filter((m) => m.person === person.id);
    return memberships.length ? [{ group, memberships }] : [];
  });
}

/**
 * The events a group took part in, in id order.
 * @example eventsOfGroup(getGroup("iranian-delegation-latin-america-tour")).map((e) => e.id)
 */
export function eventsOfGroup(group: Group): Event[] {
  return events.filter((e) => (e.participants ?? []).some((p) => p.group === group.id));
}

/**
 * The situations a place is party to (imposing, targeted, ruled, resisting...), each with its party entries.
 * @example situationsOf(getPlace("cuba")).map(({ situation, parties }) => `${situation.id}: ${parties[0]!.role}`)
 */
export function situationsOf(place: Place): { situation: Situation; parties: SituationParty[] }[] {
  return situations.flatMap((situation) => {
    const parties = (situation.parties ?? []).filter((p) => p.place === place.id);
    return parties.length ? [{ situation, parties }] : [];
  });
}
