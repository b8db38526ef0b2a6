/**
 * The word of general English a typo meant, for a word the report does not write: "pecentage" →
 * percentage, "snatcehd" → snatched, "everyting" → everything, and the other forms of the report's
 * own words ("ganted" → granted, "foeigners" → foreigners), which its commonest form for each term
 * is too far from to correct to. The candidates are the word vectors' 50,000 words, scanned as one
 * string (`WordVectors.text`), never a string per word, and only those opening with the typo's first
 * letter, or with its first two swapped (people rarely miss the first): a scan of all took ~15 ms a
 * word, this ~2 ms for a made-up word far from all. Each word typed is looked up once and remembered
 * (bounded).
 */
import { damerauLevenshtein, lettersKept } from './query.js';
import type { WordVectors } from './word-vectors.js';

/** A word of general English close to a typo: its edit distance and how many of the typed letters it keeps in order. */
export interface Spelling {
  word: string;
  distance: number;
  kept: number;
}

/** Words remembered at most; past it the memory starts again (a flood of made-up words costs scans, not memory). */
const REMEMBERED = 10_000;
const A = 97;

export class EnglishSpelling {
  private readonly remembered = new Map<string, Spelling | null>();
  /** Word positions grouped by first letter a–z (most frequent first in each), and where each group starts. */
  private byLetter?: { positions: Uint32Array; starts: Uint32Array };

  /** `accept`: whether a word found may be the word meant (the vectors hold a few misspellings: "goverment"). */
  constructor(
    private readonly vectors: WordVectors,
    private readonly accept: (word: string) => boolean = () => true,
  ) {}

  /**
   * The closest word to `typo` (lower-case letters a–z) within `maxDistance` edits, other than the
   * typo itself and that `accept` takes: the fewest edits, then the most typed letters kept (`lettersKept`:
   * "maried": married, not marked), then the commonest. Undefined when none is that close.
   */
  closest(typo: string, maxDistance: number): Spelling | undefined {
    const key = `${maxDistance}:${typo}`;
    const known = this.remembered.get(key);
    if (known !== undefined) return known ?? undefined;
    const found = this.scan(typo, maxDistance);
    if (this.remembered.size >= REMEMBERED) this.remembered.clear();
    this.remembered.set(key, found ?? null);
    return found;
  }

  private scan(typo: string, maxDistance: number): Spelling | undefined {
    const text = this.vectors.text;
    const best = { at: -1, length: 0, distance: maxDistance + 1, kept: 0, frequency: 0 };
    let found: Spelling | undefined;
    // Better candidates are found rarely, and `accept` may cost a lookup: each is checked as it comes.
    const consider = (position: number) => {
      const at = this.vectors.start(position);
      const length = this.vectors.start(position + 1) - at - 1;
      if (Math.abs(length - typo.length) > maxDistance) return;
      const d = damerauLevenshtein(typo, text, maxDistance, at, length);
      if (d === 0 || d > maxDistance || d > best.distance) return;
      const kept = lettersKept(typo, text, at, length);
      // Most frequent first within a letter; across the two letters, the lower position is commoner.
      if (d === best.distance && (kept < best.kept || (kept === best.kept && position > best.frequency))) return;
      const word = text.slice(at, at + length);
      if (!this.accept(word)) return;
      Object.assign(best, { at, length, distance: d, kept, frequency: position });
      found = { word, distance: d, kept };
    };
    const { positions, starts } = this.letters();
    const first = typo.charCodeAt(0);
    const second = typo.charCodeAt(1);
    if (first - A >= 0 && first - A < 26) for (let k = starts[first - A]!, end = starts[first - A + 1]!; k < end; k++) consider(positions[k]!);
    // Opening with the second letter, only as a swap of the first two ("rpison": prison).
    if (second !== first && second - A >= 0 && second - A < 26) {
      for (let k = starts[second - A]!, end = starts[second - A + 1]!; k < end; k++) {
        if (text.charCodeAt(this.vectors.start(positions[k]!) + 1) === first) consider(positions[k]!);
      }
    }
    return found;
  }

  private letters(): { positions: Uint32Array; starts: Uint32Array } {
    if (this.byLetter) return this.byLetter;
    // Group 0 holds words before "a", group 26 those after "z". One byte array and no call a word: this runs once, in a
    // fresh `hr` unoptimised, over every word.
    const count = this.vectors.count;
    const groups = this.vectors.firstBytes();
    for (let i = 0; i < count; i++) {
      const letter = groups[i]! - A;
      groups[i] = letter < 0 ? 0 : letter > 26 ? 26 : letter;
    }
    const counts = new Uint32Array(28);
    for (let i = 0; i < count; i++) counts[groups[i]! + 1]!++;
    const starts = new Uint32Array(28);
    for (let l = 0; l < 27; l++) starts[l + 1] = starts[l]! + counts[l + 1]!;
    const next = starts.slice(0, 27);
    const positions = new Uint32Array(count);
    for (let i = 0; i < count; i++) positions[next[groups[i]!]!++] = i;
    return (this.byLetter = { positions, starts });
  }
}
