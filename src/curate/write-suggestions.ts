// `suggest --write`: adds each proposed evidence item, marked suggested, to its record's own evidence, and
// the words the text names it by to its name forms when they are new, then writes the record in canonical
// formatting (the writer `fix` uses). The suggested-evidence rule warns until a curator removes each mark.
import { datasetSchema } from "../generated/schema/dataset-schema.js";
import { collections } from "../shared/collections.js";
import { nameFormFields } from "../shared/name-forms.js";
import type { Dataset } from "../dataset/read.js";
import { writeCanonical } from "../check/canonical.js";
import type { Proposal } from "./suggest.js";

/** Writes the proposals into the dataset's record files; returns the files written (relative to the data directory). */
export function writeSuggestions(dataset: Dataset, proposals: readonly Proposal[]): string[] {
  const written = new Map<string, { collection: Proposal["collection"]; record: Record<string, unknown> }>();
  const defs = datasetSchema.$defs as unknown as Parameters<typeof nameFormFields>[0];
  for (const p of proposals) {
    const record = dataset.records[p.collection].find((r) => r.id === p.id) as Record<string, unknown[]> & { id: string };
    (record.evidence ??= []).push(p.evidence);
    if (p.newNameForms.length) {
      const forms = (record[nameFormFields(defs, collections[p.collection].title)[0]!] ??= []);
      for (const form of p.newNameForms) if (!forms.includes(form)) forms.push(form);
    }
    written.set(`${p.collection}/${p.id}.json`, { collection: p.collection, record });
  }
  for (const { collection, record } of written.values()) writeCanonical(dataset.dir, collection, String(record.id), record);
  return [...written.keys()];
}
