import records from "./generated/data/organizations.cjs";
import type { Organization, OrganizationId } from "./generated/types.js";
import { lookup } from "./lookup.js";

export type { Organization, OrganizationId } from "./generated/types.js";
export { organizationIds } from "./generated/ids.js";

/** Every organization record of the dataset, sorted by id. Shared by every importer: do not mutate. */
export const organizations: readonly Organization[] = Object.freeze(records as Organization[]);

const index = lookup<Organization, OrganizationId>(organizations, "organization");

/**
 * The organization with this id. The id is typed, so a misspelled literal is a compile error;
 * an unknown id at run time throws a RangeError.
 */
export const getOrganization: (id: OrganizationId) => Organization = index.get;

/** The organization with this id, or undefined: for ids read from user input or other untyped sources. */
export const findOrganization: (id: string) => Organization | undefined = index.find;
