import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EnglishSpelling } from '../../src/search/english-spelling.js';
import { WordVectors } from '../../src/search/word-vectors.js';
import { referenceCommonSubsequence, referenceDistance } from './edit-reference.js';

const vectors = WordVectors.load()!;
const words = vectors.words;

describe('the word of general English a typo meant', () => {
  it('finds the everyday word a misspelling the report never writes stands for', () => {
    const spelling = new EnglishSpelling(vectors);
    expect(spelling.closest('pecentage', 2)?.word).toBe('percentage');
    expect(spelling.closest('everyting', 2)?.word).toBe('everything');
    expect(spelling.closest('snatcehd', 2)?.word).toBe('snatched');
    // A swap keeps every letter: "again", not "asian" (one substitution away, as many letters in order).
    expect(spelling.closest('agian', 1)?.word).toBe('again');
    // Of the words one edit from a short typo, the commonest keeping its letters: "women", not "woken".
    expect(spelling.closest('woen', 1)?.word).toBe('women');
  });

  it('finds nothing for a made-up word far from every English word, nor the word itself', () => {
    const spelling = new EnglishSpelling(vectors);
    expect(spelling.closest('qzxvbnt', 2)).toBeUndefined();
    expect(spelling.closest('prison', 1)?.word).not.toBe('prison');
  });

  it('takes only the words it is told to accept (the word list holds a few misspellings)', () => {
    const spelling = new EnglishSpelling(vectors, (w) => w !== 'goverment');
    expect(spelling.closest('gverment', 2)?.word).toBe('government');
    expect(new EnglishSpelling(vectors).closest('gverment', 2)?.word).toBe('goverment');
  });

  it('picks what a scan of every word would pick, for any typo of a common word', () => {
    const spelling = new EnglishSpelling(vectors);
    const edit = fc.constantFrom('drop', 'swap', 'double', 'replace');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), edit, fc.nat(), fc.constantFrom(...'etaoinsrhl'), (position, kind, at, letter) => {
        const word = words[position]!;
        if (word.length < 4) return;
        const i = 1 + (at % (word.length - 2));
        const typo =
          kind === 'drop' ? word.slice(0, i) + word.slice(i + 1) : kind === 'swap' ? word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2) : kind === 'double' ? word.slice(0, i) + word[i]! + word.slice(i) : word.slice(0, i) + letter + word.slice(i + 1);
        const max = typo.length >= 7 ? 2 : 1;
        expect(spelling.closest(typo, max)?.word).toBe(referenceClosest(typo, max));
      }),
      { numRuns: 60 },
    );
  });
  // A fresh `hr`'s first typo ran the grouping by first letter unoptimised: two calls a word over 50,000 words were
  // ~8–25 ms of that question's first answer (docs/search-speed.md, issue 13 round 59).
  it('groups the word list by first letter without a call per word', () => {
    let calls = 0;
    const counting = Object.create(vectors) as WordVectors;
    counting.start = (i: number) => {
      calls++;
      return vectors.start(i);
    };
    const spelling = new EnglishSpelling(counting);
    expect(spelling.closest('tortre', 1)?.word).toBe(new EnglishSpelling(vectors).closest('tortre', 1)?.word);
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThan(vectors.count / 4);
  });
});

/** The rule spelt out over the whole word list: words opening with the typo's first letter or its first two swapped, the fewest edits, the most letters kept, the commonest. */
function referenceClosest(typo: string, max: number): string | undefined {
  let best: { word: string; d: number; kept: number } | undefined;
  for (const word of words) {
    if ((word[0] !== typo[0] && (word[0] !== typo[1] || word[1] !== typo[0])) || Math.abs(word.length - typo.length) > max) continue;
    const d = referenceDistance(typo, word);
    if (d === 0 || d > max) continue;
    const kept = keptLetters(typo, word);
    if (!best || d < best.d || (d === best.d && kept > best.kept)) best = { word, d, kept };
  }
  return best?.word;
}

/** Letters kept in order, and one more for a swap of two (the same letters, all but one in order). */
function keptLetters(a: string, b: string): number {
  const kept = referenceCommonSubsequence(a, b);
  const same = [...a].sort().join('') === [...b].sort().join('');
  return a.length === b.length && kept === a.length - 1 && same ? kept + 1 : kept;
}
