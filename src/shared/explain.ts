// Turns ajv's errors into words a contributor understands, with the schema's own description as the hint.
import type { ValidationError } from "../generated/schema/validators.cjs";
import type { CollectionName } from "./collections.js";
import { escapePointerSegment, valueAt } from "./pointer.js";
import { schemaAt, type SchemaNode } from "./schema-lookup.js";

const typeNames: Record<string, string> = { string: "a string", number: "a number", integer: "a whole number", boolean: "true or false", array: "an array", object: "an object", null: "null" };

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeNames[typeof value] ?? typeof value;
}


/** "`en` or `es-CU`", "`a`, `b` or `c`". */
function either(examples: readonly unknown[]): string {
  const shown = examples.map((e) => `\`${typeof e === "string" ? e : JSON.stringify(e)}\``);
  return shown.length > 1 ? `${shown.slice(0, -1).join(", ")} or ${shown.at(-1)}` : shown.join("");
}

/**
 * The expected form of a value, from the schema: the first sentence of the description of the node
 * that gives `examples`, and the examples ("expected a BCP 47 language tag: ..., such as `en` or
 * `es-CU`"). Undefined when the schema gives no examples there.
 */
export function expectedForm(node: SchemaNode | undefined): string | undefined {
  const form = node?.form;
  if (!form || form.examples.length === 0) return undefined;
  const sentence = (form.description ?? "").split(/(?<=\.)\s+(?=[A-Z`])/)[0]!.replace(/\.$/, "");
  const words = sentence ? `${sentence[0]!.toLowerCase()}${sentence.slice(1)}, such as ` : "";
  return `expected ${words}${either(form.examples)}`;
}

/** One schema error in plain words: where, what, and the schema's description of what is expected. */
export interface Explanation {
  message: string;
  pointer?: string;
  /** Point at the member's key rather than its value (unknown properties). */
  atKey?: boolean;
  hint?: string;
}

/**
 * Words for one ajv error. The hint says what form is expected, with examples, when the schema gives
 * them (a value in the wrong form); otherwise it is the schema's description of the value.
 */
export function explain(collection: CollectionName, record: unknown, error: ValidationError, siblings: ValidationError[]): Explanation | undefined {
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const here = schemaAt(collection, pointer);
  const description = here?.description;
  const hint = expectedForm(here) ?? description;
  const value = valueAt(record, pointer);
  switch (error.keyword) {
    case "required": {
      // Inside an anyOf branch: the anyOf error says it better.
      if (error.schemaPath.includes("/anyOf/")) return undefined;
      const name = String(params.missingProperty);
      return { pointer, message: `missing required property "${name}"`, hint: schemaAt(collection, `${pointer}/${escapePointerSegment(name)}`)?.description };
    }
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const allowed = Object.keys(here?.properties ?? {});
      return { pointer: `${pointer}/${escapePointerSegment(name)}`, atKey: true, message: `unknown property "${name}"`, hint: allowed.length ? `allowed here: ${allowed.join(", ")}` : undefined };
    }
    case "anyOf": {
      const options = siblings
        .filter((e) => e.keyword === "required" && e.instancePath === pointer && e.schemaPath.startsWith(error.schemaPath + "/"))
        .map((e) => `"${String((e.params as Record<string, unknown>).missingProperty)}"`);
      return { pointer, message: options.length ? `needs at least one of ${options.join(" or ")}` : "does not match any allowed shape", hint: description };
    }
    case "type":
      return { pointer, message: `expected ${String(params.type).split(",").map((t) => typeNames[t] ?? t).join(" or ")} but found ${typeOf(value)}`, hint };
    case "enum":
      return { pointer, message: `${JSON.stringify(value)} is not allowed: expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`, hint: description };
    case "const":
      return { pointer, message: `expected ${JSON.stringify(params.allowedValue)} but found ${JSON.stringify(value)}`, hint: description };
    case "pattern": {
      // A decomposed accent looks identical on screen: say so, or the message would seem wrong.
      const nfc = typeof value === "string" && value !== value.normalize("NFC") ? " (it holds decomposed characters: not Unicode NFC)" : "";
      return { pointer, message: `${JSON.stringify(value)} is not in the expected form${nfc}`, hint };
    }
    case "minLength":
      return { pointer, message: params.limit === 1 ? "must not be empty" : `must be at least ${String(params.limit)} characters long`, hint };
    case "maxLength":
      return { pointer, message: `is longer than the ${String(params.limit)} characters allowed`, hint };
    case "minItems":
      return { pointer, message: `needs at least ${String(params.limit)} item${params.limit === 1 ? "" : "s"}`, hint };
    case "minProperties":
      return { pointer, message: `needs at least ${String(params.limit)} propert${params.limit === 1 ? "y" : "ies"}: leave it out when there is nothing to give`, hint: description };
    case "uniqueItems":
      return { pointer: `${pointer}/${String(params.i)}`, message: `repeats item ${String(params.j)}: items must be unique`, hint: description };
    default:
      return { pointer, message: error.message ?? `fails the ${error.keyword} rule of the schema`, hint };
  }
}

