/**
 * Plain arrays for the small tables and scratch a query reads in its hot loops, where typed arrays were used.
 *
 * Once any `ArrayBuffer` in the process has been detached (the bot's adapters' first `fetch` does it, and the bot and
 * the bench now detach one on purpose before the warm-up: src/array-buffer-detaching.ts), V8 compiles every
 * typed-array element access with a check that its buffer was not detached: two more loads and a branch per read or
 * write, which TurboFan does not hoist out of a loop that writes memory. A plain array of small integers or of doubles
 * has no buffer to check. These are made packed (V8's PACKED elements kinds: pushed one by one, never `new Array(n)`,
 * which makes a holey array whose reads each check for a hole), so a read is a bounds check and a load
 * (docs/search-speed.md, issue 13 round 46).
 */

/** `length` copies of the small integer `value`, packed: V8 keeps them as small integers (PACKED_SMI_ELEMENTS). */
export function smallIntegers(length: number, value: number): number[] {
  const array: number[] = [];
  for (let i = 0; i < length; i++) array.push(value);
  return array;
}

/**
 * `length` zeros kept as doubles (PACKED_DOUBLE_ELEMENTS): the array starts with a fraction, so V8 gives it double
 * elements from its first element on, and zeros written later stay doubles. An array of small integers would change
 * its elements kind when first given a fraction, throwing away the code compiled for the old kind.
 */
export function doubles(length: number): number[] {
  const array: number[] = [];
  for (let i = 0; i < length; i++) array.push(0.5);
  return array.fill(0);
}

/** `numbers` copied into a packed array (`Array#map` and `flat` may make holey ones). */
export function packedCopy(numbers: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < numbers.length; i++) out.push(numbers[i]!);
  return out;
}
