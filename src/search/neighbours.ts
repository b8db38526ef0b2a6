/**
 * Words of the report that mean nearly what a query word means, by word-vector similarity
 * (jail → prison, kids → children), and how specific a word is in general English. Each report
 * term is tied to its word's vector once, when the first word needs neighbours (a one-shot search
 * whose words the report knows never pays for it); a query word costs one pass over those (a few
 * thousand dot products), remembered afterwards.
 */
import type { WordVectors } from './word-vectors.js';

/** A report term close in meaning to a query word. */
export interface Neighbour {
  term: string;
  similarity: number;
}

/**
 * Gates on expansion. A neighbour must be at least `minSimilarity` close; at most `max` are kept;
 * a term in more than `maxShare` of paragraphs is too common to stand for anything.
 */
export const NEIGHBOURS = { minSimilarity: 0.6, max: 3, maxShare: 0.1 };

export class ReportNeighbours {
  /** Report terms with a vector, and that vector's position (built on first use). */
  private candidates?: { terms: string[]; positions: number[] };
  private readonly cache = new Map<string, Neighbour[]>();

  constructor(
    private readonly vectors: WordVectors,
    /** Term → the word the report writes for it; a function, so that a saved index parses it only when needed. */
    private readonly termWords: () => Readonly<Record<string, string>>,
    private readonly documentFrequency: Readonly<Record<string, number>>,
    private readonly paragraphCount: number,
  ) {}

  private candidateTerms(): { terms: string[]; positions: number[] } {
    if (this.candidates) return this.candidates;
    const terms: string[] = [];
    const positions: number[] = [];
    const tooCommon = NEIGHBOURS.maxShare * this.paragraphCount;
    for (const [term, word] of Object.entries(this.termWords())) {
      // The share first: a term too common to stand for anything is not looked up in the vectors at all.
      if ((this.documentFrequency[term] ?? 0) > tooCommon) continue;
      const position = this.vectors.indexOf(word);
      if (position < 0) continue;
      terms.push(term);
      positions.push(position);
    }
    return (this.candidates = { terms, positions });
  }

  /** Report terms closest in meaning to `word` (lower case), closest first; none when it has no vector. */
  of(word: string): Neighbour[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const at = this.vectors.indexOf(word);
    const found: Neighbour[] = [];
    if (at >= 0) {
      const { terms, positions } = this.candidateTerms();
      for (let i = 0; i < terms.length; i++) {
        const similarity = this.vectors.similarity(at, positions[i]!);
        if (similarity >= NEIGHBOURS.minSimilarity) found.push({ term: terms[i]!, similarity });
      }
      found.sort((a, b) => b.similarity - a.similarity);
      found.length = Math.min(found.length, NEIGHBOURS.max);
    }
    if (this.cache.size >= 10_000) this.cache.clear();
    this.cache.set(word, found);
    return found;
  }

  /**
   * How specific `word` is in general English, 0..1 from its frequency rank: "law" ≈ 0.5,
   * "pizza" ≈ 0.8; a word outside the vocabulary (rare, a name or a typo) is 1.
   */
  specificity(word: string): number {
    return specificity(this.vectors, word);
  }
}

/** `ReportNeighbours.specificity`, which needs no report: how specific `word` is in general English, 0..1. */
export function specificity(vectors: WordVectors, word: string): number {
  const rank = vectors.indexOf(word);
  return rank < 0 ? 1 : Math.min(1, Math.log(rank + 2) / Math.log(vectors.count + 2));
}
