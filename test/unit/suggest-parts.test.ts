// The pure parts of suggest: the sentence a proposal quotes, and where a text names a record.
import { describe, expect, it } from "vitest";
import { enclosingSentence } from "../../src/curate/sentences.js";
import { findMentions } from "../../src/curate/mentions.js";
import { nameFormFields, nameFormsOf } from "../../src/shared/name-forms.js";
import { datasetSchema } from "../../src/generated/schema/dataset-schema.js";

const sentenceAround = (text: string, words: string) => {
  const at = text.indexOf(words);
  const s = enclosingSentence(text, at, at + words.length);
  return text.slice(s.start, s.end);
};

describe("enclosingSentence", () => {
  it("takes the sentence around a span, with its closing quote, and not across a line break", () => {
    const text = "Title line\nFirst one ends here. He said, “Velo is near.” The U.S. envoy met Mr. Berg in Velo! Next?\nLast";
    expect(sentenceAround(text, "Title")).toBe("Title line");
    expect(sentenceAround(text, "near")).toBe("He said, “Velo is near.”");
    expect(sentenceAround(text, "envoy")).toBe("The U.S. envoy met Mr. Berg in Velo!");
    expect(sentenceAround(text, "Last")).toBe("Last");
  });

  it("stays inside the bounds it is given", () => {
    const text = "Comment: Velo is great and sunny";
    const s = enclosingSentence(text, 9, 13, { start: 9, end: text.indexOf(" and") });
    expect(text.slice(s.start, s.end)).toBe("Velo is great");
  });
});

describe("findMentions", () => {
  const forms = [
    { owner: "people/ruiz", form: "Tomás Ruiz" },
    { owner: "people/ruiz", form: "Ruiz" },
    { owner: "places/us", form: "US" },
    { owner: "places/port", form: "Port “Amber”" },
  ];
  const none = () => false;

  it("folds accents, case, quote style and white space, and gives the text's own words", () => {
    const text = "TOMAS  RUIZ met tomás ruiz at Port \"Amber\".";
    expect(findMentions(text, forms, none).map((m) => [m.owner, m.words])).toEqual([
      ["people/ruiz", "TOMAS  RUIZ"],
      ["people/ruiz", "tomás ruiz"],
      ["places/port", 'Port "Amber"'],
    ]);
  });

  it("matches whole words only, an acronym only in capitals, and leaves out excluded spans", () => {
    const text = "Ruizes told us the US and Ruiz agreed.";
    const found = findMentions(text, forms, (start) => start === text.lastIndexOf("Ruiz"));
    expect(found.map((m) => m.words)).toEqual(["US"]);
  });
});

describe("name form fields", () => {
  it("are the properties the schema marks x-names, read from the schema", () => {
    expect(nameFormFields({ T: { properties: { a: {}, b: { "x-names": true }, c: { "x-names": false } } } }, "T")).toEqual(["b"]);
    const defs = datasetSchema.$defs as unknown as Parameters<typeof nameFormFields>[0];
    expect(nameFormFields(defs, "Person")).toEqual(["nameForms"]);
    expect(nameFormFields(defs, "Quote")).toEqual([]);
    expect(nameFormsOf({ b: ["X", 3, "", "Y"] }, ["b"])).toEqual(["X", "Y"]);
  });
});
