// HTML escaped by construction: `html` is a tagged template whose every interpolated value is escaped
// unless it is itself `Html` (made by `html`). Lists are joined, and null, undefined and false render as
// nothing, so conditional parts read naturally.

/** A piece of markup that is safe to insert as is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Text made safe for element content and double-quoted attribute values alike. */
export const esc = (value: unknown): string =>
  String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function render(value: unknown): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === undefined || value === null || value === false) return "";
  return esc(value);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Joins pieces of markup with a separator (itself markup or text). */
export const join = (parts: readonly unknown[], separator: unknown = ""): Html =>
  new Html(parts.map(render).join(render(separator)));
