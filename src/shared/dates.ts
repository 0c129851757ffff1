// ISO dates of any precision as ranges of days: `2023` covers 365 days, `2023-06` thirty, `2023-06-15` one.
// Comparing dates as ranges, not as strings, is what lets a month cover its days (timeline(), disagreements()).

/** A closed range of days, counted from 1970-01-01 (UTC). */
export interface DayRange {
  first: number;
  last: number;
}

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The days an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) covers; undefined for anything else. */
export function dayRange(iso: string): DayRange | undefined {
  const m = ISO.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const day = Date.UTC(year, Number(m[2]) - 1, Number(m[3])) / DAY_MS;
    return { first: day, last: day };
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]) - 1;
    return { first: Date.UTC(year, month, 1) / DAY_MS, last: Date.UTC(year, month + 1, 0) / DAY_MS };
  }
  return { first: Date.UTC(year, 0, 1) / DAY_MS, last: Date.UTC(year, 11, 31) / DAY_MS };
}

/** Whether range `outer` contains range `inner` (a range contains itself). */
export const covers = (outer: DayRange, inner: DayRange): boolean => outer.first <= inner.first && inner.last <= outer.last;

/** Whether every day of `a` is before every day of `b`. */
export const whollyBefore = (a: DayRange, b: DayRange): boolean => a.last < b.first;

/** The smallest range holding all of them; undefined for none. */
export function hull(ranges: readonly DayRange[]): DayRange | undefined {
  if (ranges.length === 0) return undefined;
  return { first: Math.min(...ranges.map((r) => r.first)), last: Math.max(...ranges.map((r) => r.last)) };
}
