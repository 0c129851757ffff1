// RFC 4180 CSV as the exports write it (UTF-8, comma, double quotes, "\n" line ends), read into rows of
// strings: a test's own reader, independent of the writer in scripts/export/formats.ts.

/** Every row of a CSV text, header included, as arrays of cells. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\n") row.push(cell), rows.push(row), (row = []), (cell = "");
    else cell += ch;
  }
  if (cell !== "" || row.length) throw new Error("CSV text does not end with a line break");
  return rows;
}

/** The rows of a CSV text as objects keyed by its header. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...body] = csvRows(text);
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}
