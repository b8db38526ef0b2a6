import { TermSimilarities } from '../../src/search/alignment.js';
import type { ReportIndex } from '../../src/search/built-index.js';
import { sentenceTermsOf } from '../../src/search/sentence-terms.js';
import { WordVectors } from '../../src/search/word-vectors.js';

/**
 * The soft alignment of query words with one paragraph, asked as ranking asks it, for the tests that check what a
 * long-lived `TermSimilarities` remembers between queries: `words` are the report's words the vectors know (sorted),
 * `alignment` asks a given table, `fresh` a table that remembers nothing.
 */
export function alignmentProbe(index: ReportIndex) {
  const vectors = WordVectors.load()!;
  const terms = sentenceTermsOf(index);
  const words = [...new Set(Object.values(index.termWords))].filter((w) => vectors.indexOf(w) >= 0).sort();
  const table = () => new TermSimilarities(vectors, index, terms);
  const alignment = (similarities: TermSimilarities, queryWords: readonly string[], position: number) => {
    const generation = terms.beginQuery();
    const { ids, starts } = terms.of(position);
    const at = similarities.exact.take(generation, position, queryWords.length * (starts.length - 1));
    const query = queryWords.map((word) => ({ word, known: 0, specificity: 1, topical: true }));
    return similarities.forQuery(query, query.map(() => 1), index.sentenceCount).best(position, ids, starts, at);
  };
  const fresh = (queryWords: readonly string[], position: number) => alignment(table(), queryWords, position);
  return { words, table, alignment, fresh };
}
