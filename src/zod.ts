// zod schemas for zod users, derived at load time from the JSON Schema (never restated), typed with the
// generated types. zod is an optional peer dependency: only this entry point needs it.
import { z } from "zod";
import { datasetSchema } from "./generated/schema/dataset-schema.js";
import { nestedDeeperThan, TOO_DEEP_MESSAGE } from "./shared/depth.js";
import { onlyRequiredAlternatives, rewriteObjects } from "./shared/schema-rewrite.js";
import type { Agreement, Article, Event, Group, Organization, Person, Place, Quote, Situation } from "./generated/schema/types.js";
import type { SourceRecord } from "./validate-core.js";

type Node = { [key: string]: unknown };

/**
 * z.fromJSONSchema ignores `anyOf` whose branches only add `required` (a party needs a country or an
 * organization). The same constraint, written as a union of whole object schemas, it does enforce.
 */
const defs = rewriteObjects(datasetSchema.$defs, (node) => {
  const { anyOf, ...object } = node;
  if (node.type !== "object" || !onlyRequiredAlternatives(anyOf)) return node;
  const required = (object.required as string[] | undefined) ?? [];
  return { anyOf: anyOf.map((b) => ({ ...object, required: [...required, ...b.required] })) };
}) as Node;

function derive<T>(title: string): z.ZodType<T> {
  const schema = z.fromJSONSchema({ $schema: datasetSchema.$schema, $defs: defs, $ref: `#/$defs/${title}` } as never);
  // Refused before the derived schema walks it (recursively): a value nested deeper than any record can be.
  const depthGuard = z.unknown().superRefine((value, ctx) => {
    if (nestedDeeperThan(value)) ctx.addIssue({ code: "custom", message: TOO_DEEP_MESSAGE, path: [] });
  });
  return depthGuard.pipe(schema) as unknown as z.ZodType<T>;
}

/** @example articleSchema.safeParse(JSON.parse(text)).success */
export const articleSchema: z.ZodType<SourceRecord<Article>> = derive("Article");
/** @example personSchema.parse(record).nameForms */
export const personSchema: z.ZodType<SourceRecord<Person>> = derive("Person");
/** @example organizationSchema.safeParse(record).success */
export const organizationSchema: z.ZodType<SourceRecord<Organization>> = derive("Organization");
/** @example agreementSchema.safeParse(record).success */
export const agreementSchema: z.ZodType<SourceRecord<Agreement>> = derive("Agreement");
/** @example placeSchema.safeParse(record).success */
export const placeSchema: z.ZodType<SourceRecord<Place>> = derive("Place");
/** @example quoteSchema.safeParse(record).success */
export const quoteSchema: z.ZodType<SourceRecord<Quote>> = derive("Quote");
/** @example eventSchema.safeParse(record).success */
export const eventSchema: z.ZodType<SourceRecord<Event>> = derive("Event");
/** @example situationSchema.safeParse(record).success */
export const situationSchema: z.ZodType<SourceRecord<Situation>> = derive("Situation");
/** @example groupSchema.safeParse(record).success */
export const groupSchema: z.ZodType<SourceRecord<Group>> = derive("Group");
