import type { Rule } from "../rule.js";
import { OrganizationsByName, unlinkedOutlet } from "../outlets.js";

/**
 * An article's supplied outlet links to its organization record whenever one has the outlet's name (as
 * `name` or a name form), also when the record was added after `add-source` ran: `fix` links it. An
 * outlet several organizations answer to is left for the contributor to link.
 */
export const outletLink: Rule<OrganizationsByName> = {
  name: "outlet-link",
  description: "an article's supplied outlet is linked to the organization record that has its name",
  start: () => new OrganizationsByName(),
  checkRecord(record, _context, organizations) {
    if (record.collection === "organizations" && record.value !== undefined) organizations.add(record.name, record.value);
  },
  checkDirectory(_listing, { articles, report }, organizations) {
    for (const { record } of articles.values()) {
      const outlet = unlinkedOutlet(record.value);
      if (outlet === undefined) continue;
      const ids = organizations.named(outlet);
      if (ids.length === 1) {
        report(record, {
          pointer: "/document/outlet",
          message: `the outlet "${outlet}" is not linked to the organization "${ids[0]}", which has that name`,
          hint: `run \`iran-cuba-relations fix\` (npm run fix) to link it, or set "organization": "${ids[0]}"`,
        });
      } else if (ids.length > 1) {
        report(record, {
          pointer: "/document/outlet",
          severity: "warning",
          message: `the outlet "${outlet}" could be any of the organizations ${ids.map((id) => `"${id}"`).join(", ")}, which all have that name`,
          hint: 'set "organization" to the one that published the text',
        });
      }
    }
  },
};
