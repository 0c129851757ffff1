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
];
