/**
 * Ascending lists of paragraph numbers, as the index's postings give them: what two of them share is counted in one pass,
 * with no set built (co-occurrence in `light-verbs.ts` and `real-word-slips.ts`).
 */

/** How many numbers two ascending lists share. */
export function sharedCount(a: readonly number[], b: readonly number[]): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}
