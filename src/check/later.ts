// Findings a rule can only decide once every record has been seen (a reference whose target comes later in
// the listing). Records are let go as the check moves on, so a rule keeps only which record and pointer a
// finding concerns; at the end the few files that have one are read again, only to place it.
import type { CollectionName } from "../shared/collections.js";
import type { Listing } from "../dataset/listing.js";
import { loadRecord, type RecordFile } from "../dataset/record-file.js";
import type { Finding } from "./diagnostic.js";
import type { CheckContext } from "./rule.js";

/** Which record a later finding is about: its collection and file name. */
export interface RecordRef {
  collection: CollectionName;
  name: string;
}

export const refOf = (record: RecordFile): RecordRef => ({ collection: record.collection, name: record.name });

/** Reports findings on records already let go: each file with one is read again, once, to place them. */
export function reportLater(listing: Listing, context: CheckContext, findings: Iterable<{ on: RecordRef; finding: Finding }>): void {
  const byFile = new Map<string, { on: RecordRef; findings: Finding[] }>();
  for (const { on, finding } of findings) {
    const key = `${on.collection}/${on.name}`;
    const entry = byFile.get(key) ?? { on, findings: [] };
    byFile.set(key, entry);
    entry.findings.push(finding);
  }
  for (const { on, findings: list } of byFile.values()) {
    const record = loadRecord(listing, { ...on, kind: "file" });
    for (const finding of list) context.report(record, finding);
  }
}
