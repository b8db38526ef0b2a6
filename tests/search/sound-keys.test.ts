import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { doubleMetaphone } from 'double-metaphone';
import { describe, expect, it, vi } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { SoundKeyTable } from '../../src/search/sound-keys.js';
import { SoundSpelling } from '../../src/search/sound-spelling.js';
import { WordVectors } from '../../src/search/word-vectors.js';

const vectors = WordVectors.load()!;
const shipped = join(packageRoot(), 'lexicon', 'sound-keys.bin');

/** Round 132's table, as it was built in process: primary key → the words of letters under it, commonest first. */
function keyedInProcess(): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < vectors.count; i++) {
    const word = vectors.text.slice(vectors.start(i), vectors.start(i + 1) - 1);
    if (!/^[a-z]+$/.test(word)) continue;
    const key = doubleMetaphone(word)[0];
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  }
  return byKey;
}

describe('the sound keys shipped in lexicon/ (real word vectors)', () => {
  it('is the file scripts/write-sound-keys.mjs writes from the shipped vectors', () => {
    // Stale after a new distillation or a new double-metaphone: re-run the script.
    expect(Buffer.compare(SoundKeyTable.build(vectors).encode(vectors), readFileSync(shipped))).toBe(0);
  });
  it('finds the words under every key that keying the vectors in process finds, and none under another', () => {
    const table = SoundKeyTable.load(vectors)!;
    const byKey = keyedInProcess();
    expect(table.keyCount).toBe(byKey.size);
    for (const [key, words] of byKey) {
      const [start, end] = table.range(key);
      expect([...table.positions.subarray(start, end)], key).toEqual(words);
    }
    for (const key of ['AAAA', 'KRPXNX', 'ZZ', 'X0X0']) expect(table.range(key)).toEqual([0, 0]);
  });
  it('is refused for vectors it was not written for', () => {
    const other = { count: vectors.count, text: vectors.text.replace('the', 'tha') } as WordVectors;
    expect(SoundKeyTable.load(other)).toBeUndefined();
    expect(SoundKeyTable.load(vectors, join(packageRoot(), 'lexicon', 'word-vectors.bin'))).toBeUndefined();
  });
  it('is read, not built, on the first spelling by ear', () => {
    const build = vi.spyOn(SoundKeyTable, 'build');
    try {
      expect(new SoundSpelling(vectors).closest('corupshun', 4)?.word).toBe('corruption');
      expect(build).not.toHaveBeenCalled();
    } finally {
      build.mockRestore();
    }
  });
});
