/** Near-duplicate facts: two sentences that say nearly the same thing in nearly the same words. */

/** Share of the smaller fact's content words that the other also has, above which two facts are one. */
export const NEAR_DUPLICATE_OVERLAP = 0.6;

const STOP_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'that', 'which', 'who', 'was',
  'were', 'is', 'are', 'be', 'been', 'as', 'it', 'its', 'their', 'his', 'her', 'this', 'these', 'had', 'has', 'have', 'not',
]);

/** The content words of a text, lower-cased, for comparing wording. */
export function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter((w) => !STOP_WORDS.has(w)));
}

/** Whether two facts overlap so much in wording that a channel would read the second as a repeat. */
export function nearDuplicates(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return true;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= NEAR_DUPLICATE_OVERLAP;
}

/**
 * Keeps, of each group of near-duplicates, the best-scored one (the earlier on a tie), preserving the
 * input order otherwise. `score` says which wording is better; `wording` gives the text to compare.
 */
export function removeNearDuplicates<T extends { text: string }>(items: readonly T[], score: (item: T) => number, wording: (item: T) => string = (item) => item.text): T[] {
  const byScore = items.map((item, i) => ({ item, i, words: contentWords(wording(item)) })).sort((x, y) => score(y.item) - score(x.item) || x.i - y.i);
  const kept: typeof byScore = [];
  for (const candidate of byScore) {
    if (!kept.some((k) => nearDuplicates(k.words, candidate.words))) kept.push(candidate);
  }
  return kept.sort((x, y) => x.i - y.i).map((k) => k.item);
}
