/**
 * Spellings by sound: the word of general English a typo is written to sound like ("corupshun" → corruption, "wimmen" →
 * women, "tradishunal" → traditional), for people who spell by ear — more edits from the word meant than a typo of the
 * fingers, so that the corrections by letters find nothing (docs/search.md, "How search works"). A word's sound is its
 * Double Metaphone keys (the npm package `double-metaphone`: Lawrence Philips's rules for English and the spellings
 * English borrows, which a hand-written key would redo less well); the candidates are the word vectors' 50,000 words,
 * keyed ahead of time (lexicon/sound-keys.bin) and read on first use. General English, no report's words (round 132,
 * docs/search-quality.md).
 */
import { doubleMetaphone } from 'double-metaphone';
import type { Spelling } from './english-spelling.js';
import { damerauLevenshtein, lettersKept } from './query.js';
import { SoundKeyTable } from './sound-keys.js';
import type { WordVectors } from './word-vectors.js';

/** Shortest key looked up: a key of one sound ("F" for "fee", "few", "off") names too many words to choose from. */
const SHORTEST_KEY = 2;

/** A word's Double Metaphone keys, the primary and, when the word may be said two ways, the other. */
export function soundKeys(word: string): readonly string[] {
  const [primary, secondary] = doubleMetaphone(word);
  return secondary && secondary !== primary ? [primary, secondary] : [primary];
}

export class SoundSpelling {
  /** Read on first use (lexicon/sound-keys.bin, `SoundKeyTable`): start-up and warm-up's typos never need it. */
  private byKey?: SoundKeyTable;

  /**
   * `accept`: whether a word found may be the word meant (the vectors hold a few misspellings: "goverment"). `table`: the
   * vectors' words by sound key; by default the shipped file, or built in process when it was written for other vectors.
   */
  constructor(
    private readonly vectors: WordVectors,
    private readonly accept: (word: string) => boolean = () => true,
    private readonly table: () => SoundKeyTable = () => SoundKeyTable.load(vectors) ?? SoundKeyTable.build(vectors),
  ) {}

  /**
   * The word of general English whose primary sound key is one of `typo`'s (lower-case letters a–z), opening with its
   * letter, within `maxDistance` edits of it, other than the typo itself and that `accept` takes: the fewest edits, then
   * the most typed letters kept, then the commonest. Undefined when none is.
   */
  closest(typo: string, maxDistance: number): Spelling | undefined {
    const table = (this.byKey ??= this.table());
    const positions = table.positions;
    const text = this.vectors.text;
    let best: (Spelling & { position: number }) | undefined;
    for (const key of soundKeys(typo)) {
      if (key.length < SHORTEST_KEY) continue;
      for (let [k, end] = table.range(key); k < end; k++) {
        const position = positions[k]!;
        const at = this.vectors.start(position);
        const length = this.vectors.start(position + 1) - at - 1;
        // Opening with the typed letter: a key drops the vowels, and "eacces" (an error code) is not "aches"; an ear that
        // misses the first letter ("fone", "nolledge") is rarer than a name the key fits.
        if (Math.abs(length - typo.length) > maxDistance || text.charCodeAt(at) !== typo.charCodeAt(0)) continue;
        const distance = damerauLevenshtein(typo, text, maxDistance, at, length);
        if (distance === 0 || distance > maxDistance || (best && distance > best.distance)) continue;
        const kept = lettersKept(typo, text, at, length);
        if (best && distance === best.distance && (kept < best.kept || (kept === best.kept && position > best.position))) continue;
        const word = text.slice(at, at + length);
        if (!this.accept(word)) continue;
        best = { word, distance, kept, position };
      }
    }
    return best && { word: best.word, distance: best.distance, kept: best.kept };
  }
}
