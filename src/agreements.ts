import records from "./generated/data/agreements.cjs";
import type { Agreement, AgreementId } from "./generated/types.js";
import { lookup } from "./lookup.js";

export type { Agreement, AgreementId } from "./generated/types.js";
export { agreementIds } from "./generated/ids.js";

/** Every agreement record of the dataset, sorted by id. Shared by every importer: do not mutate. */
export const agreements: readonly Agreement[] = Object.freeze(records as Agreement[]);

const index = lookup<Agreement, AgreementId>(agreements, "agreement");

/**
 * The agreement with this id. The id is typed, so a misspelled literal is a compile error;
 * an unknown id at run time throws a RangeError.
 */
export const getAgreement: (id: AgreementId) => Agreement = index.get;

/** The agreement with this id, or undefined: for ids read from user input or other untyped sources. */
export const findAgreement: (id: string) => Agreement | undefined = index.find;
