// The rules in the order they run: the schema rule marks records valid for the rules after it.
import type { AnyRule } from "../rule.js";
import { readableJson } from "./readable-json.js";
import { schema } from "./schema.js";
import { idMatchesFile } from "./id-matches-file.js";
import { uniqueIds } from "./unique-ids.js";
import { duplicateKeys } from "./duplicate-keys.js";
import { canonicalFormat } from "./canonical-format.js";
import { references } from "./references.js";
import { seedIntegrity } from "./seed-integrity.js";
import { quoteInSeed } from "./quote-in-seed.js";
import { quotePlacement } from "./quote-placement.js";
import { statedInEvidence } from "./stated-in-evidence.js";
import { resolvingEvidence } from "./resolving-evidence.js";
import { evidenceStance } from "./evidence-stance.js";
import { nameFormsInEvidence } from "./name-forms-in-evidence.js";
import { nonContent } from "./non-content.js";
import { captions } from "./captions.js";
import { periodOrder } from "./period-order.js";
import { suppliedDocument } from "./supplied-document.js";
import { certaintyNote } from "./certainty-note.js";
import { derivationNote } from "./derivation-note.js";
import { statedDateWords } from "./stated-date-words.js";
import { nameInNameForms } from "./name-in-name-forms.js";
import { purposeOfParty } from "./purpose-of-party.js";
import { oneArticlePerReport } from "./one-article-per-report.js";
import { unheldUndated } from "./unheld-undated.js";
import { quoteEvidence } from "./quote-evidence.js";
import { mirroredRelations } from "./mirrored-relations.js";
import { quoteEvent } from "./quote-event.js";
import { wordsNameReference } from "./words-name-reference.js";
import { groupMembers } from "./group-members.js";
import { endAfterStart } from "./end-after-start.js";
import { coverage } from "./coverage.js";
import { articleComplete } from "./article-complete.js";
import { outletLink } from "./outlet-link.js";
import { noteQuotes } from "./note-quotes.js";
import { suggestedEvidence } from "./suggested-evidence.js";

export const rules: readonly AnyRule[] = [
  readableJson,
  schema,
  idMatchesFile,
  uniqueIds,
  duplicateKeys,
  canonicalFormat,
  references,
  seedIntegrity,
  quoteInSeed,
  quotePlacement,
  statedInEvidence,
  resolvingEvidence,
  evidenceStance,
  nameFormsInEvidence,
  nonContent,
  captions,
  periodOrder,
  suppliedDocument,
  certaintyNote,
  derivationNote,
  statedDateWords,
  nameInNameForms,
  purposeOfParty,
  oneArticlePerReport,
  unheldUndated,
  quoteEvidence,
  mirroredRelations,
  quoteEvent,
  wordsNameReference,
  groupMembers,
  endAfterStart,
  coverage,
  articleComplete,
  outletLink,
  noteQuotes,
  suggestedEvidence,
];
