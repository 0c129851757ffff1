import records from "./generated/data/places.cjs";
import type { Place, PlaceId } from "./generated/types.js";
import { lookup } from "./lookup.js";

export type { Place, PlaceId } from "./generated/types.js";
export { placeIds } from "./generated/ids.js";

/** Every place record of the dataset, sorted by id. Shared by every importer: do not mutate. */
export const places: readonly Place[] = Object.freeze(records as Place[]);

const index = lookup<Place, PlaceId>(places, "place");

/**
 * The place with this id. The id is typed, so a misspelled literal is a compile error;
 * an unknown id at run time throws a RangeError.
 */
export const getPlace: (id: PlaceId) => Place = index.get;

/** The place with this id, or undefined: for ids read from user input or other untyped sources. */
export const findPlace: (id: string) => Place | undefined = index.find;
