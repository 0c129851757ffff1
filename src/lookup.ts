/** O(1) lookups over one collection; the index is built on first use, so importing costs nothing extra. */
export function lookup<T extends { id: string }, Id extends string>(records: readonly T[], singular: string) {
  let byId: Map<string, T> | undefined;
  const index = () => (byId ??= new Map(records.map((record) => [record.id, record])));
  return {
    /** The record with this id; throws a RangeError for an id that is not in the dataset. */
    get(id: Id): T {
      const record = index().get(id);
      if (record === undefined) throw new RangeError(`iran-cuba-relations: there is no ${singular} with id ${JSON.stringify(id)}`);
      return record;
    },
    /** The record with this id, or undefined: for ids that come from outside the type system. */
    find(id: string): T | undefined {
      return index().get(id);
    },
  };
}
