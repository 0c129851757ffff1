// What the reports say about agreements and quotes, through the accessors: who signed and who was present
// per source, document types per source, joint statements, parties with certainty, places as records,
// stated aims. Expectations are derived from the data or are properties, so a new article never breaks them.
import { describe, expect, it } from "vitest";
import {
  agreements,
  agreementsNaming,
  articlesSupporting,
  disagreements,
  events,
  findAgreement,
  getEvent,
  getPerson,
  getPlace,
  peopleInAgreement,
  quotes,
  quotesBy,
  signingOf,
  speakersOf,
  variantsOf,
  type Agreement,
  type SigningParticipant,
} from "../src/index.js";

const all = disagreements();
const disagreement = (id: string, field: string) => all.find((d) => d.id === id && d.field === field);
/** A participant list as compared: its JSON, as stored (canonical key order). */
const key = (participants: readonly SigningParticipant[]) => JSON.stringify(participants);
const havana = findAgreement("iran-cuba-havana-agreements-2023");

/** The articles whose accounts of a per-source field give each distinct version, as disagreements() should find them. */
function versionsBy<T extends { evidence?: { article: string }[] }>(entries: readonly T[], versionOf: (entry: T) => string): Map<string, Set<string>> {
  const versions = new Map<string, Set<string>>();
  for (const entry of entries) {
    const articles = versions.get(versionOf(entry)) ?? new Set<string>();
    for (const { article } of entry.evidence ?? []) articles.add(article);
    versions.set(versionOf(entry), articles);
  }
  return versions;
}

/** Whether a set of versions is a disagreement under decision 15: two or more versions, two or more articles between them. */
const disagrees = (versions: Map<string, Set<string>>) => versions.size >= 2 && new Set([...versions.values()].flatMap((a) => [...a])).size >= 2;

describe("who signed and who was present, per source", () => {
  const signed = agreements.filter((a) => (a.signing ?? []).length > 0);

  it("is held by real records, each account from one article, naming people that exist", () => {
    expect(signed.length).toBeGreaterThan(0);
    for (const agreement of signed) {
      const accounts = signingOf(agreement);
      expect(accounts).toHaveLength(agreement.signing!.length);
      for (const [i, account] of accounts.entries()) {
        const entry = agreement.signing![i]!;
        expect(new Set(entry.evidence.map((e) => e.article)), `${agreement.id} /signing/${i}`).toEqual(new Set([account.article.id]));
        expect([...account.signatories, ...account.present]).toHaveLength(entry.participants.length);
        for (const p of entry.participants) if (p.person) expect(() => getPerson(p.person!)).not.toThrow();
        if (account.certainty !== "stated") expect(entry.note, `${agreement.id} /signing/${i}`).toBeTruthy();
      }
    }
  });

  it("links every person in an account to the agreement, both ways", () => {
    for (const agreement of signed) {
      const named = new Set(peopleInAgreement(agreement).map((p) => p.id));
      for (const p of agreement.signing!.flatMap((s) => s.participants)) {
        if (!p.person) continue;
        expect(named.has(p.person), `${agreement.id} ${p.person}`).toBe(true);
        expect(agreementsNaming(getPerson(p.person)).map((a) => a.id)).toContain(agreement.id);
      }
    }
  });

  it("lists every agreement whose sources name different signers or witnesses as a disagreement, with each side's articles", () => {
    let listed = 0;
    for (const agreement of signed) {
      const versions = versionsBy(agreement.signing!, (s) => key(s.participants));
      const found = disagreement(agreement.id, "signing");
      if (!disagrees(versions)) {
        expect(found, agreement.id).toBeUndefined();
        continue;
      }
      listed++;
      expect(found, agreement.id).toBeDefined();
      const byKey = new Map(found!.versions.map((v) => [key(v.value as SigningParticipant[]), new Set(v.articles)]));
      expect(byKey).toEqual(versions);
    }
    expect(listed).toBeGreaterThan(0);
  });

  it("keeps the Havana accounts apart: a group of senior officials signing in the presidents' presence against Raisi signing", () => {
    if (!havana) return; // the property tests above hold for any dataset; this one needs the Havana set
    const accounts = signingOf(havana);
    const officials = accounts.find((a) => a.signatories.some((p) => p.group !== undefined));
    expect(officials, "an account whose signers are described by role, not named").toBeDefined();
    expect(officials!.signatories.every((p) => p.person === undefined)).toBe(true);
    expect(officials!.present.map((p) => p.person)).toEqual(expect.arrayContaining(["ebrahim-raisi", "miguel-diaz-canel"]));
    const raisiSigned = accounts.filter((a) => a.signatories.some((p) => p.person === "ebrahim-raisi"));
    expect(raisiSigned.length).toBeGreaterThan(0);
    // Both sides of the disagreement are listed, each version with the article of its account.
    const versions = disagreement(havana.id, "signing")!.versions;
    const versionOf = (account: (typeof accounts)[number]) => {
      const participants = havana.signing![accounts.indexOf(account)]!.participants;
      return versions.find((v) => key(v.value as SigningParticipant[]) === key(participants));
    };
    const officialsVersion = versionOf(officials!);
    expect(officialsVersion?.articles).toContain(officials!.article.id);
    for (const account of raisiSigned) {
      expect(versionOf(account)?.articles).toContain(account.article.id);
      expect(versionOf(account)).not.toBe(officialsVersion);
    }
  });
});

describe("document types per source", () => {
  const typed = agreements.filter((a) => (a.documentTypes ?? []).length > 0);

  it("keeps each source's words beside the normalized types, and lists differing types as a disagreement", () => {
    expect(typed.length).toBeGreaterThan(0);
    let listed = 0;
    for (const agreement of typed) {
      for (const t of agreement.documentTypes!) expect(t.value.length, `${agreement.id} ${t.asStated}`).toBeGreaterThan(0);
      const versions = versionsBy(agreement.documentTypes!, (t) => JSON.stringify(t.value));
      const found = disagreement(agreement.id, "documentTypes");
      if (!disagrees(versions)) {
        expect(found, agreement.id).toBeUndefined();
        continue;
      }
      listed++;
      expect(new Map(found!.versions.map((v) => [JSON.stringify(v.value), new Set(v.articles)]))).toEqual(versions);
    }
    expect(listed).toBeGreaterThan(0);
  });

  it("records the Havana documents as both cooperation documents and memorandums of understanding where a source says so", () => {
    if (!havana) return;
    const mou = (havana.documentTypes ?? []).filter((t) => t.value.includes("memorandum-of-understanding"));
    expect(mou.length).toBeGreaterThan(0);
    for (const t of mou) expect(t.asStated).toMatch(/memorand/i);
  });
});

describe("joint statements", () => {
  it("store a statement by several speakers once, listed under each speaker", () => {
    const joint = quotes.filter((q) => q.speakers.length > 1);
    expect(joint.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(speakersOf(q).map((p) => p.id)).toEqual(q.speakers);
      for (const speaker of speakersOf(q)) expect(quotesBy(speaker).map((x) => x.id), `${q.id} ${speaker.id}`).toContain(q.id);
    }
  });

  it("never keep the same report of a statement in two quotes", () => {
    const seen = new Map<string, string>();
    for (const q of quotes) {
      for (const { variant, article } of variantsOf(q)) {
        // The same words from the same passage: one report. (One text may report a statement twice, in two passages.)
        const report = [article.id, variant.asStated, ...variant.evidence.map((e) => e.quote)].join("\u0000");
        const other = seen.get(report);
        expect(other === undefined || other === q.id, `${q.id}: "${variant.asStated}" is also in ${other}`).toBe(true);
        seen.set(report, q.id);
      }
    }
  });
});

describe("agreement parties and places", () => {
  it("give every party a certainty, with a note whenever it is a reading", () => {
    for (const a of agreements) {
      for (const [i, party] of a.parties.entries()) {
        expect(["stated", "interpretation", "ambiguous"], `${a.id} /parties/${i}`).toContain(party.certainty);
        if (party.certainty !== "stated") expect(party.note, `${a.id} /parties/${i}`).toBeTruthy();
      }
    }
  });

  it("refer to place records, and the words that name a place are one of its name forms", () => {
    const placed = agreements.filter((a) => (a.place ?? []).length > 0);
    expect(placed.length).toBeGreaterThan(0);
    for (const a of placed) {
      for (const p of a.place!) {
        const place = getPlace(p.place);
        expect(place.nameForms.some((form) => p.asStated.includes(form)), `${a.id}: "${p.asStated}" → ${place.id}`).toBe(true);
        if (p.certainty !== "stated") expect(p.note, `${a.id} ${p.asStated}`).toBeTruthy();
      }
    }
  });
});

describe("stated aims", () => {
  it("ascribe an aim to a country only when that country is a party", () => {
    const withAims = agreements.filter((a) => (a.purposes ?? []).length > 0);
    expect(withAims.length).toBeGreaterThan(0);
    for (const a of withAims) {
      const parties = new Set(a.parties.map((p) => p.country));
      for (const purpose of a.purposes!) if (purpose.country) expect(parties.has(purpose.country), `${a.id}: ${purpose.asStated}`).toBe(true);
    }
  });

  it("record China's stated aim in the training-facility negotiations", () => {
    const facility = findAgreement("china-cuba-military-training-facility");
    if (!facility) return;
    const china = (facility.purposes ?? []).filter((p) => p.country === "CN");
    expect(china.length).toBeGreaterThan(0);
    for (const p of china) expect(articlesSupporting(facility).map((a) => a.id)).toEqual(expect.arrayContaining(p.evidence!.map((e) => e.article)));
  });
});

describe("precision: what a quote is tied to", () => {
  // An event record that declines to cite a nearby quotation says so in a note that quotes its opening
  // words and says "not cited"; a quote tied to that event would contradict the event's own record.
  it("never ties a quote to an event whose own record says that quotation is not cited there", () => {
    for (const q of quotes.filter((x) => x.event)) {
      const notes = (getEvent(q.event!).notes ?? []).filter((n) => /\bnot cited\b/.test(n));
      for (const v of q.variants) {
        const opening = v.asStated.slice(0, 40);
        expect(notes.some((n) => n.includes(opening)), `${q.id} is tied to ${q.event}, whose notes say "${opening}..." is not cited`).toBe(false);
      }
    }
    expect(events.length).toBeGreaterThan(0);
  });

  it("cites, for a quote with no occasion, only passages that report the statement", () => {
    for (const q of quotes.filter((x) => !x.event)) {
      const reported = new Set(q.variants.flatMap((v) => v.evidence.map((e) => `${e.article}\u0000${e.quote}`)));
      for (const [i, e] of q.evidence.entries()) expect(reported.has(`${e.article}\u0000${e.quote}`), `${q.id} /evidence/${i}`).toBe(true);
    }
  });

  it("does not call a cross-outlet mapping of an agreement's wording stated", () => {
    const political: Agreement | undefined = findAgreement("iran-cuba-political-cooperation-agreement");
    if (!political) return;
    const foreignRelations = (political.wordings ?? []).filter((w) => w.asStated.includes("foreign relations"));
    expect(foreignRelations.length).toBeGreaterThan(0);
    for (const w of foreignRelations) expect(w.certainty).not.toBe("stated");
  });
});
