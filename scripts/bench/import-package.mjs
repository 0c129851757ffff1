// Importing the built package holding the dataset, and touching every collection.
const pkg = process.argv[2];
const m = await import(`${pkg}/dist/index.js`);
const total = m.articles.length + m.people.length + m.organizations.length + m.agreements.length + m.places.length + m.quotes.length + m.events.length;
if (total === 0) throw new Error("empty");
