/**
 * Sorting by a number, larger first, without a comparator: one returning a fractional difference
 * (`b.score - a.score`) made V8 allocate a heap number on every call, which was ~5 KB of a warm query's
 * ~80 KB (sampling heap profiler), and `Array#sort` calls it per comparison.
 */

/**
 * Sorts the indices `order[0, count)` by `keys[index]`, larger first, an equal key keeping its place:
 * the order `Array#sort` with `(a, b) => keys[b] - keys[a]` gives. A bottom-up merge sort through `scratch` (at least
 * `count` long), so a query's hundreds of BM25 matches are sorted without a copy of them and without a comparator call
 * per comparison. Plain arrays, packed (`plain-arrays.ts`): a typed array's every access checks for a detached buffer
 * once one has been detached in the process.
 */
export function sortByKeyDescending(order: number[], count: number, keys: readonly number[], scratch: number[]): void {
  let from = order;
  let to = scratch;
  for (let width = 1; width < count; width *= 2) {
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
