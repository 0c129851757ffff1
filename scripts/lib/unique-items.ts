// A linear `uniqueItems` for the generated validators. ajv's own compares every pair of items with a deep
// equal when it cannot see that the items are scalars (they are behind a `$ref`, or objects): quadratic,
// so one record with 20 000 distinct evidence entries held the check for over a minute. This one keys each
// item by an unambiguous text of its value and finds a repeat with one Map: same verdict, same error
// (`params: {i, j}`, i the repeat, j the item it repeats), in time linear in the array's size.
import type { CodeKeywordDefinition, KeywordCxt } from "ajv";
import { _, str } from "ajv/dist/compile/codegen/index.js";
import { useFunc } from "ajv/dist/compile/util.js";

/**
 * A text that is equal for two JSON values exactly when ajv's deep equal calls them equal: type-tagged,
 * strings JSON-quoted (so no value's text can be mistaken for another's), object keys sorted (key order does
 * not matter), -0 as 0. Recursive: the checker and the validate entry refuse values nested deeper than
 * MAX_RECORD_DEPTH before any validator runs. Written as source text because it is copied, as is, into the
 * standalone validators (which have no imports); `uniqueItemsKey` below is the same text, evaluated.
 */
export const uniqueItemsKeySource = `function uniqueItemsKey(value) {
  if (value === null) return "n";
  switch (typeof value) {
    case "string": return JSON.stringify(value);
    case "number": return "d" + String(value);
    case "boolean": return value ? "t" : "f";
    case "object": {
      if (Array.isArray(value)) return "[" + value.map(uniqueItemsKey).join(",") + "]";
      const keys = Object.keys(value).sort();
      return "{" + keys.map((k) => JSON.stringify(k) + ":" + uniqueItemsKey(value[k])).join(",") + "}";
    }
    default: return "?" + typeof value;
  }
}`;

// eslint-disable-next-line no-new-func -- the one source text, both run here and copied into generated code
export const uniqueItemsKey = new Function(`return (${uniqueItemsKeySource})`)() as ((value: unknown) => string) & { code: string };
uniqueItemsKey.code = `(${uniqueItemsKeySource})`;

/** `uniqueItems`, replacing ajv's: one pass over the items, a Map from each item's key to its first index. */
export const linearUniqueItems: CodeKeywordDefinition = {
  keyword: "uniqueItems",
  type: "array",
  schemaType: "boolean",
  error: {
    message: ({ params: { i, j } }) => str`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => _`{i: ${i}, j: ${j}}`,
  },
  code(cxt: KeywordCxt) {
    const { gen, data, schema } = cxt;
    if (!schema) return;
    const key = useFunc(gen, uniqueItemsKey);
    const valid = gen.let("valid", true);
    const i = gen.let("i");
    const j = gen.let("j");
    cxt.setParams({ i, j });
    // An array of none or one item holds no repeat: most evidence lists, so neither a Map nor a key is made for them.
    gen.if(_`${data}.length > 1`, () => {
      const first = gen.const("first", _`new Map()`);
      const k = gen.let("k");
      gen.for(_`${i} = 0; ${i} < ${data}.length; ${i}++`, () => {
        gen.assign(k, _`${key}(${data}[${i}])`);
        gen.if(_`${first}.has(${k})`, () => {
          gen.assign(j, _`${first}.get(${k})`);
          cxt.error();
          gen.assign(valid, false).break();
        });
        gen.code(_`${first}.set(${k}, ${i})`);
      });
    });
    cxt.ok(valid);
  },
};
