// IRIs shared by the linked-data exports. Under `.invalid` like the schemas' `$id`s (decision 1): an
// identifier no tool will try to fetch, on no host the project does not own.
export const BASE = "https://iran-cuba-relations.invalid/";
/** The dataset's own terms, for what schema.org and the Web Annotation vocabulary have no word for. */
export const VOCAB = `${BASE}vocab#`;

export const recordIri = (collection: string, id: string) => `${BASE}${collection}/${encodeURIComponent(id)}`;
export const seedIri = (seed: string) => `${BASE}seeds/${encodeURIComponent(seed)}`;
/** A value inside a record: its JSON pointer (RFC 6901) as the fragment, percent-encoded. */
export const valueIri = (collection: string, id: string, pointer: string) => `${recordIri(collection, id)}#${encodeURI(pointer)}`;
