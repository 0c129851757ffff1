/** The record collections: folder name under data/, and what one record is called. */
export const collections = {
  articles: { singular: "article", schema: "article.schema.json", title: "Article" },
  people: { singular: "person", schema: "person.schema.json", title: "Person" },
  organizations: { singular: "organization", schema: "organization.schema.json", title: "Organization" },
  agreements: { singular: "agreement", schema: "agreement.schema.json", title: "Agreement" },
  places: { singular: "place", schema: "place.schema.json", title: "Place" },
  quotes: { singular: "quote", schema: "quote.schema.json", title: "Quote" },
  events: { singular: "event", schema: "event.schema.json", title: "Event" },
  situations: { singular: "situation", schema: "situation.schema.json", title: "Situation" },
  groups: { singular: "group", schema: "group.schema.json", title: "Group" },
} as const;

export type CollectionName = keyof typeof collections;

export const collectionNames = Object.keys(collections) as CollectionName[];
