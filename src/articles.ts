import records from "./generated/data/articles.cjs";
import type { Article, ArticleId } from "./generated/types.js";
import { lookup } from "./lookup.js";

export type { Article, ArticleId } from "./generated/types.js";
export { articleIds } from "./generated/ids.js";

/** Every article record of the dataset, sorted by id. Shared by every importer: do not mutate. */
export const articles: readonly Article[] = Object.freeze(records as Article[]);

const index = lookup<Article, ArticleId>(articles, "article");

/**
 * The article with this id. The id is typed, so a misspelled literal is a compile error;
 * an unknown id at run time throws a RangeError.
 */
export const getArticle: (id: ArticleId) => Article = index.get;

/** The article with this id, or undefined: for ids read from user input or other untyped sources. */
export const findArticle: (id: string) => Article | undefined = index.find;
