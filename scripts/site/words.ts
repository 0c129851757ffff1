// Field names and dates in words, for readers.

/** camelCase or a collection name as words: `partOfEvent` → "part of event". */
export const words = (key: string): string => key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[-_]/g, " ").toLowerCase();

/** Words with a capital: a label. */
export const label = (key: string): string => {
  const w = words(key);
  return w.charAt(0).toUpperCase() + w.slice(1);
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** An ISO date (day, month or year precision) in words: "16 June 2023", "June 2023", "2023". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}
