import { describe, expect, it } from "vitest";
import { LineIndex, parseJsonWithPositions } from "../../src/check/json-positions.js";

describe("parseJsonWithPositions", () => {
  it("parses like JSON.parse and keeps the position of every value and key", () => {
    const text = '{\n  "a": [1, {"b": "x"}],\n  "c": null\n}';
    const parsed = parseJsonWithPositions(text);
    expect(parsed.value).toEqual(JSON.parse(text));
    expect(parsed.issues).toEqual([]);
    const lines = new LineIndex(text);
    expect(lines.position(parsed.valueOffsets.get("/a/1/b")!)).toEqual({ line: 2, column: 18 });
    expect(lines.position(parsed.keyOffsets.get("/c")!)).toEqual({ line: 3, column: 3 });
  });

  it("reports every duplicate key and keeps going", () => {
    const parsed = parseJsonWithPositions('{"a": 1, "a": 2, "b": {"c": 1, "c": 1}}');
    expect(parsed.issues.map((i) => [i.kind, i.offset])).toEqual([["duplicate-key", 9], ["duplicate-key", 31]]);
    expect(parsed.value).toEqual({ a: 2, b: { c: 1 } });
  });

  it.each([
    ['{"a": 1,}', "trailing comma"],
    ['{"a": NaN}', "NaN is not a JSON value"],
    ['{"a": Infinity}', "Infinity is not a JSON value"],
    ["{'a': 1}", "expected a property name in double quotes"],
    ['{"a": 1} // note', "comments are not allowed"],
    ['{"a": "line\nbreak"}', "control character in string"],
    ['{"a": 01}', "malformed number"],
    ['{"a": 1', 'expected "," or "}" but found the end of the file'],
    ['{"a": 1} {}', "after the end of the JSON value"],
    ['{"a":\u00a01}', "an invisible character U+00A0"],
  ])("names the problem in %j", (text, message) => {
    const parsed = parseJsonWithPositions(text);
    expect(parsed.value).toBeUndefined();
    expect(parsed.issues[0]!.message).toContain(message);
  });

  it("keeps __proto__ an ordinary key, as JSON.parse does", () => {
    const parsed = parseJsonWithPositions('{"__proto__": {"polluted": true}}');
    expect(Object.keys(parsed.value as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("flags lone surrogates and accepts pairs", () => {
    expect(parseJsonWithPositions('"\\ud83c\\udde8"').issues).toEqual([]);
    expect(parseJsonWithPositions('"\\ud83c"').issues[0]!.kind).toBe("lone-surrogate");
  });

  it("stops at the depth limit without recursion, however deep the input", () => {
    const parsed = parseJsonWithPositions("[".repeat(200_000) + "]".repeat(200_000), 64);
    expect(parsed.issues).toEqual([expect.objectContaining({ kind: "too-deep", offset: 64 })]);
  });
});
