/**
 * Spellings by sound: the word of general English a typo is written to sound like ("corupshun" → corruption, "wimmen" →
 * women, "tradishunal" → traditional), for people who spell by ear — more edits from the word meant than a typo of the
 * fingers, so that the corrections by letters find nothing (docs/search.md, "How search works"). A word's sound is its
 * Double Metaphone keys (the npm package `double-metaphone`: Lawrence Philips's rules for English and the spellings
 * English borrows, which a hand-written key would redo less well); the candidates are the word vectors' 50,000 words,
 * keyed once, on first use. General English, no report's words (round 132, docs/search-quality.md).
 */
import { doubleMetaphone } from 'double-metaphone';
import type { Spelling } from './english-spelling.js';
import { damerauLevenshtein, lettersKept } from './query.js';
import type { WordVectors } from './word-vectors.js';

/** Shortest key looked up: a key of one sound ("F" for "fee", "few", "off") names too many words to choose from. */
const SHORTEST_KEY = 2;

/** A word's Double Metaphone keys, the primary and, when the word may be said two ways, the other. */
export function soundKeys(word: string): readonly string[] {
  const [primary, secondary] = doubleMetaphone(word);
  return secondary && secondary !== primary ? [primary, secondary] : [primary];
}

export class SoundSpelling {
  /**
   * Built on first use: primary key → its number; the word positions (commonest first within a key) grouped by key, and
   * where each key's group starts: typed arrays and one map of small numbers, 1.3–1.7 MB of heap kept (round 132).
   */
  private byKey?: { ids: Map<string, number>; positions: Uint32Array; starts: Uint32Array };

  /** `accept`: whether a word found may be the word meant (the vectors hold a few misspellings: "goverment"). */
  constructor(
    private readonly vectors: WordVectors,
    private readonly accept: (word: string) => boolean = () => true,
  ) {}

  /**
   * The word of general English whose primary sound key is one of `typo`'s (lower-case letters a–z), opening with its
   * letter, within `maxDistance` edits of it, other than the typo itself and that `accept` takes: the fewest edits, then
   * the most typed letters kept, then the commonest. Undefined when none is.
   */
  closest(typo: string, maxDistance: number): Spelling | undefined {
    const table = this.table();
    const text = this.vectors.text;
    let best: (Spelling & { position: number }) | undefined;
    for (const key of soundKeys(typo)) {
      if (key.length < SHORTEST_KEY) continue;
      const id = table.ids.get(key);
      if (id === undefined) continue;
      for (let k = table.starts[id]!, end = table.starts[id + 1]!; k < end; k++) {
        const position = table.positions[k]!;
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

  private table(): { ids: Map<string, number>; positions: Uint32Array; starts: Uint32Array } {
    if (this.byKey) return this.byKey;
    const { vectors } = this;
    const text = vectors.text;
    const ids = new Map<string, number>();
    const keyOf = new Int32Array(vectors.count).fill(-1);
    const counts = new Uint32Array(vectors.count + 1);
    for (let i = 0; i < vectors.count; i++) {
      const at = vectors.start(i);
      const word = text.slice(at, vectors.start(i + 1) - 1);
      // Words of letters only: the vectors hold figures and hyphenated words no typo of letters sounds like.
      if (!/^[a-z]+$/.test(word)) continue;
      // Under its primary key only: a word found by the way it is seldom said ("thrasher" as TRXR) was seldom meant ("tortcher").
      const key = doubleMetaphone(word)[0];
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      keyOf[i] = id;
      counts[id + 1]!++;
    }
    const starts = new Uint32Array(ids.size + 1);
    for (let id = 0; id < ids.size; id++) starts[id + 1] = starts[id]! + counts[id + 1]!;
    const next = starts.slice(0, ids.size);
    const positions = new Uint32Array(starts[ids.size]!);
    for (let i = 0; i < vectors.count; i++) if (keyOf[i]! >= 0) positions[next[keyOf[i]!]!++] = i;
    return (this.byKey = { ids, positions, starts });
  }
}
