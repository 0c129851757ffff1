import type { Rule } from "../rule.js";

/**
 * An aim of an agreement is ascribed to a country only when that country is one of its parties: a
 * country that is not a party has no aim in it (its wish is about the agreement, not in it).
 */
export const purposeOfParty: Rule = {
  name: "purpose-of-party",
  description: "an agreement's purpose is ascribed to a country only when that country is a party",
  checkRecord(record, { report }) {
    if (record.collection !== "agreements") return;
    const { parties, purposes } = (record.value ?? {}) as { parties?: unknown; purposes?: unknown };
    if (!Array.isArray(purposes)) return;
    const countries = new Set((Array.isArray(parties) ? parties : []).map((p: { country?: unknown } | null) => p?.country).filter((c) => typeof c === "string"));
    purposes.forEach((purpose: { country?: unknown } | null, i) => {
      const country = purpose?.country;
      if (typeof country !== "string" || countries.has(country)) return;
      report(record, {
        pointer: `/purposes/${i}/country`,
        message: `the purpose is ascribed to ${country}, which is not a party to the agreement${countries.size ? ` (its parties: ${[...countries].join(", ")})` : ""}`,
        hint: "ascribe the aim to a party, or leave out the country when the text gives no party's aim",
      });
    });
  },
};
