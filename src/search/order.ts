/**
 * Comparators for sorting by a number. They return -1, 0 or 1 rather than the difference: a
 * comparator returning a fractional difference (`b.score - a.score`) makes V8 allocate a heap number
 * on every call, which was ~5 KB of a warm query's ~80 KB (sampling heap profiler). `Array#sort` reads
 * only the sign, so the order is the same, ties included.
 */

/** Sorts larger first: -1 when `a` > `b`, 1 when `a` < `b`, else 0 (as `b - a` would order them, NaN counting as a tie). */
export function descending(a: number, b: number): number {
  return a > b ? -1 : a < b ? 1 : 0;
}
