/**
 * Misspelt copies of a question set, for `npm run eval -- --typos`: each question's longest word
 * (five letters or more) with one letter dropped, two swapped, or one doubled, at a seeded position.
 * People type fast in chat; a typo must neither lose the answer nor get the question refused.
 */
import type { Question } from './quality.js';

export type TypoKind = 'drop' | 'swap' | 'double';

const EDITS: Record<TypoKind, (word: string, at: number) => string> = {
  drop: (w, at) => w.slice(0, at) + w.slice(at + 1),
  swap: (w, at) => w.slice(0, at) + w[at + 1]! + w[at]! + w.slice(at + 2),
  double: (w, at) => w.slice(0, at) + w[at]! + w.slice(at),
};

/** The questions with one typo of `kind` each (ids and gold kept); questions without a word of five letters are left out. */
export function typoVariants(questions: readonly Question[], kind: TypoKind, seed = 7): Question[] {
  let state = seed;
  // Park–Miller: the same variants on every run and machine.
  const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
  const out: Question[] = [];
  for (const q of questions) {
    const words = q.query.split(' ');
    let longest = 0;
    words.forEach((w, i) => {
      if (w.length > words[longest]!.length) longest = i;
    });
    const word = words[longest]!;
    if (word.length < 5) continue;
    // Never the first letter (people rarely miss it) nor past the second-to-last (swap needs two).
    const at = 1 + Math.floor(next() * (word.length - 3));
    words[longest] = EDITS[kind](word, at);
    out.push({ ...q, query: words.join(' ') });
  }
  return out;
}
