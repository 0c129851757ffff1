// The records are one set of objects shared by every importer (ESM and CommonJS alike): frozen all the way
// down, a write to one of them throws in strict mode instead of changing everyone's data. About a tenth of
// the time JSON.parse takes on the same records (docs/decisions.md).

/** Freezes a JSON value and everything in it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) for (const item of value) deepFreeze(item);
  else for (const key in value) deepFreeze(value[key]);
  return Object.freeze(value);
}
