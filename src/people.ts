import records from "./generated/data/people.cjs";
import type { Person, PersonId } from "./generated/types.js";
import { lookup } from "./lookup.js";

export type { Person, PersonId } from "./generated/types.js";
export { personIds } from "./generated/ids.js";

/** Every person record of the dataset, sorted by id. Shared by every importer: do not mutate. */
export const people: readonly Person[] = Object.freeze(records as Person[]);

const index = lookup<Person, PersonId>(people, "person");

/**
 * The person with this id. The id is typed, so a misspelled literal is a compile error;
 * an unknown id at run time throws a RangeError.
 */
export const getPerson: (id: PersonId) => Person = index.get;

/** The person with this id, or undefined: for ids read from user input or other untyped sources. */
export const findPerson: (id: string) => Person | undefined = index.find;
