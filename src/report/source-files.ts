/**
 * What decides whether a saved index still matches a report folder, without the code that reads or
 * indexes the folder: the names of its files besides the report texts, and the version of the fact
 * picking. Kept apart so a search over a current index (`../search/built-index.ts`) checks them
 * without loading the report parser, the fact picking or the manifest's reader.
 */

export const MANIFEST_FILE = 'manifest.json';
export const FACT_REVIEW_FILE = 'facts-review.json';
/** Bump when the picking rules change (`facts.ts`), so a built index is rebuilt with the new facts. */
export const FACTS_VERSION = 4;
