/**
 * V8 compiles typed-array and `ArrayBuffer` code on the promise that no buffer has ever been detached (its
 * ArrayBufferDetaching protector), and the first detach anywhere in the process breaks that promise for good: V8 then
 * throws away all code compiled on it. In the bot that detach is the adapters' first `fetch` whose body is read (undici's
 * web streams transfer their buffers), which comes after the search's warm-up: it threw away the TurboFan code of ~20
 * functions the warm-up had just compiled (`scoreSentences`, `sentenceSimilarity`, `damerauLevenshtein`, `correctWord`,
 * the word vectors' hashing...), and the first questions ran them in baseline code again until compiled anew (the first
 * 10 questions after start-up took 40 ms instead of 24, the first 100 155 instead of 129; docs/search-speed.md, issue 13 round 45).
 */

/** Detaches an empty buffer, so code compiled from now on is already what the process will keep. Call before a warm-up. */
export function detachOnce(): void {
  const buffer = new ArrayBuffer(0);
  structuredClone(buffer, { transfer: [buffer] });
}
