/**
 * Sorting by a number, larger first, without a comparator: one returning a fractional difference
 * (`b.score - a.score`) made V8 allocate a heap number on every call, which was ~5 KB of a warm query's
 * ~80 KB (sampling heap profiler), and `Array#sort` calls it per comparison.
 */

/**
 * How many indices `sortByKeyDescending` sorts by insertion before it merges: a query's ~70 BM25 matches (35–107
 * quartiles) took ~6 µs of CPU by merging alone and ~4 µs with runs of 16 (8: ~4.7, 4: ~5.2), random keys.
 */
const SORTED_RUN = 16;

/**
 * Sorts the indices `order[0, count)` by `keys[index]`, larger first, an equal key keeping its place:
 * the order `Array#sort` with `(a, b) => keys[b] - keys[a]` gives. Runs sorted by insertion, then a bottom-up merge sort through `scratch` (at least
 * `count` long), so a query's hundreds of BM25 matches are sorted without a copy of them and without a comparator call
 * per comparison. Plain arrays, packed (`plain-arrays.ts`): a typed array's every access checks for a detached buffer
 * once one has been detached in the process.
 */
export function sortByKeyDescending(order: number[], count: number, keys: readonly number[], scratch: number[]): void {
  // Runs of `SORTED_RUN` sorted in place by insertion first, where the merge's first four passes went over every index
  // (issue 13 round 69). An index moves only past strictly smaller keys: equal keys keep their order, as in the merge.
  for (let low = 0; low < count; low += SORTED_RUN) {
    const high = Math.min(low + SORTED_RUN, count);
    for (let i = low + 1; i < high; i++) {
      const index = order[i]!;
      const key = keys[index]!;
      let at = i;
      while (at > low && keys[order[at - 1]!]! < key) {
        order[at] = order[at - 1]!;
        at--;
      }
      order[at] = index;
    }
  }
  let from = order;
  let to = scratch;
  for (let width = SORTED_RUN; width < count; width *= 2) {
    for (let low = 0; low < count; low += 2 * width) {
      const middle = Math.min(low + width, count);
      const high = Math.min(low + 2 * width, count);
      let i = low;
      let j = middle;
      let k = low;
      // The right run goes first only when strictly larger: equal keys keep their order.
      while (i < middle && j < high) to[k++] = keys[from[j]!]! > keys[from[i]!]! ? from[j++]! : from[i++]!;
      while (i < middle) to[k++] = from[i++]!;
      while (j < high) to[k++] = from[j++]!;
    }
    const merged = to;
    to = from;
    from = merged;
  }
  if (from !== order) for (let i = 0; i < count; i++) order[i] = from[i]!;
}
