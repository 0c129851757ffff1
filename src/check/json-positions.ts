// A JSON parser that keeps the position of every value and key, and reports what JSON.parse
// hides or words poorly: duplicate keys, trailing commas, comments, NaN, lone surrogates,
// excessive nesting. It is iterative (an explicit stack), so no input can overflow the call stack.
// The checker runs it only on files that failed a faster check, to place each error exactly.

import { escapePointerSegment } from "../shared/pointer.js";

export interface JsonIssue {
  /** `syntax` stops the parse; the others are reported and parsing goes on. */
  kind: "syntax" | "duplicate-key" | "too-deep" | "lone-surrogate";
  message: string;
  offset: number;
}

export interface PositionedJson {
  /** The parsed value; undefined after a syntax error or when nesting is too deep. */
  value: unknown;
  issues: JsonIssue[];
  /** JSON pointer → offset of the value's first character. */
  valueOffsets: Map<string, number>;
  /** JSON pointer of a member → offset of its key's opening quote. */
  keyOffsets: Map<string, number>;
}

interface Frame {
  container: Record<string, unknown> | unknown[];
  pointer: string;
  /** For objects: the key being read, and the keys seen with where they were first seen. */
  key?: string;
  seen?: Map<string, number>;
}

class Stop extends Error {}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

export function parseJsonWithPositions(text: string, maxDepth = 64): PositionedJson {
  const issues: JsonIssue[] = [];
  const valueOffsets = new Map<string, number>();
  const keyOffsets = new Map<string, number>();
  let pos = 0;

  const fail = (message: string, at = pos): never => {
    issues.push({ kind: "syntax", message, offset: at });
    throw new Stop();
  };

  const skipWhitespace = (): void => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else if (c === 0x2f /* / */ && (text[pos + 1] === "/" || text[pos + 1] === "*")) fail("comments are not allowed in JSON");
      else return;
    }
  };

  const describe = (at: number): string => {
    if (at >= text.length) return "the end of the file";
    const ch = text.codePointAt(at)!;
    if (ch === 0x22) return "a string (is a comma missing before it?)";
    if (ch === 0xa0 || ch === 0xfeff || (ch >= 0x2000 && ch <= 0x200b)) return `an invisible character U+${ch.toString(16).toUpperCase().padStart(4, "0")}`;
    return JSON.stringify(String.fromCodePoint(ch));
  };

  const readString = (): string => {
    const start = pos;
    pos++; // opening quote
    let out = "";
    let chunk = pos;
    for (;;) {
      if (pos >= text.length) fail("unterminated string", start);
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        out += text.slice(chunk, pos);
        pos++;
        return out;
      }
      if (c < 0x20) fail("control character in string: write it as an escape such as \\n");
      if (c === 0x5c) {
        out += text.slice(chunk, pos);
        const e = text[pos + 1];
        if (e === "u") {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("invalid \\u escape: expected four hex digits");
          const code = parseInt(hex, 16);
          if (code >= 0xd800 && code <= 0xdbff) {
            const next = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(text.slice(pos + 6, pos + 12));
            if (next) {
              out += String.fromCharCode(code, parseInt(next[1]!, 16));
              pos += 12;
              chunk = pos;
              continue;
            }
          }
          if (code >= 0xd800 && code <= 0xdfff) {
            issues.push({ kind: "lone-surrogate", message: `lone surrogate \\u${hex}: not valid text`, offset: pos });
          }
          out += String.fromCharCode(code);
          pos += 6;
        } else {
          const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
          if (e === undefined || !(e in simple)) fail(`invalid escape \\${e ?? ""} in string`);
          out += simple[e!];
          pos += 2;
        }
        chunk = pos;
        continue;
      }
      pos++;
    }
  };

  const readNumber = (): number => {
    // Sticky, from pos: a number literal of any length (a slice would cut a long one short).
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m) fail(`expected a value but found ${describe(pos)}`);
    const after = text[pos + m![0].length];
    if (after !== undefined && /[0-9.eE]/.test(after)) fail("malformed number");
    pos += m![0].length;
    return Number(m![0]);
  };

  const readWord = (): unknown => {
    const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(pos, pos + 40));
    const word = m?.[0];
    if (word === "true" || word === "false" || word === "null") {
      pos += word.length;
      return word === "true" ? true : word === "false" ? false : null;
    }
    if (word === "NaN" || word === "Infinity") fail(`${word} is not a JSON value: use a number or null`);
    if (word === "undefined") fail("undefined is not a JSON value: leave the property out or use null");
    if (word) fail(`unexpected word ${JSON.stringify(word)}: strings need double quotes`);
    return fail(`expected a value but found ${describe(pos)}`);
  };

  const stack: Frame[] = [];
  let root: unknown;

  /** Reads one value; containers are opened and pushed rather than recursed into. Returns [value, isOpenContainer]. */
  const readValue = (pointer: string): [unknown, boolean] => {
    skipWhitespace();
    valueOffsets.set(pointer, pos);
    const c = text[pos];
    if (c === "{" || c === "[") {
      if (stack.length >= maxDepth) {
        issues.push({ kind: "too-deep", message: `nested more than ${maxDepth} levels deep`, offset: pos });
        throw new Stop();
      }
      pos++;
      const container = c === "{" ? {} : [];
      stack.push(c === "{" ? { container, pointer, seen: new Map() } : { container, pointer });
      return [container, true];
    }
    if (c === '"') return [readString(), false];
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return [readNumber(), false];
    if (c === "'") fail("strings need double quotes, not single quotes");
    if (c === undefined) fail("unexpected end of file: expected a value");
    return [readWord(), false];
  };

  const setMember = (frame: Frame, value: unknown): void => {
    if (Array.isArray(frame.container)) frame.container.push(value);
    // defineProperty keeps "__proto__" an ordinary key, as JSON.parse does.
    else Object.defineProperty(frame.container, frame.key!, { value, enumerable: true, writable: true, configurable: true });
  };

  /** Reads the next key of the object on top of the stack, or closes it. Returns false when closed. */
  const nextMember = (first: boolean): boolean => {
    const frame = stack[stack.length - 1]!;
    skipWhitespace();
    const isObject = !Array.isArray(frame.container);
    const close = isObject ? "}" : "]";
    if (text[pos] === close) {
      pos++;
      return false;
    }
    if (!first) {
      if (text[pos] !== ",") fail(`expected "," or "${close}" but found ${describe(pos)}`);
      const commaAt = pos;
      pos++;
      skipWhitespace();
      if (text[pos] === close) fail(`trailing comma before "${close}": remove it`, commaAt);
    }
    if (isObject) {
      skipWhitespace();
      if (text[pos] !== '"') fail(text[pos] === undefined ? "unexpected end of file inside an object" : `expected a property name in double quotes but found ${describe(pos)}`);
      const keyAt = pos;
      const key = readString();
      const memberPointer = `${frame.pointer}/${escapePointerSegment(key)}`;
      const firstAt = frame.seen!.get(key);
      if (firstAt !== undefined) {
        issues.push({ kind: "duplicate-key", message: `duplicate key ${JSON.stringify(key)}: JSON.parse would silently keep only the last one`, offset: keyAt });
      } else {
        frame.seen!.set(key, keyAt);
        keyOffsets.set(memberPointer, keyAt);
      }
      skipWhitespace();
      if (text[pos] !== ":") fail(`expected ":" after the property name but found ${describe(pos)}`);
      pos++;
      frame.key = key;
    }
    return true;
  };

  try {
    const [value, open] = readValue("");
    root = value;
    let first = open;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (!nextMember(first)) {
        stack.pop();
        first = false;
        continue;
      }
      const pointer = Array.isArray(frame.container)
        ? `${frame.pointer}/${frame.container.length}`
        : `${frame.pointer}/${escapePointerSegment(frame.key!)}`;
      const [child, childOpen] = readValue(pointer);
      setMember(frame, child);
      first = childOpen;
    }
    skipWhitespace();
    if (pos < text.length) fail(`unexpected ${describe(pos)} after the end of the JSON value`);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { value: undefined, issues, valueOffsets, keyOffsets };
  }
  return { value: root, issues, valueOffsets, keyOffsets };
}

/** Turns offsets into 1-based line and column (UTF-16 code units, as editors count). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
