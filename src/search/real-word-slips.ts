/**
 * Real-word slips: a word of English typed for a word the report writes ("trails" for trials, "onions" for unions,
 * "charger" for charter), chosen by the question's other words. The typed word is a word in its own right, so no
 * spelling check sees it; what gives it away is that it fits the rest of the question far worse than a report word one
 * letter (or one sound) away, which the report writes beside the question's other words. The evidence is the report's
 * own co-occurrence and the general word vectors, never a list of confusable pairs (round 137, docs/search-quality.md).
 */
import { doubleMetaphone } from 'double-metaphone';
import { termOf } from './analysis.js';
import { specificity } from './neighbours.js';
import { damerauLevenshtein } from './query.js';
import { sharedCount } from './sorted-lists.js';
import type { WordVectors } from './word-vectors.js';

/**
 * The thresholds, measured over every public question file and spelling-probes-3 (round 137). A slip is read as the
 * report word when all hold:
 * - `margin`: the candidate is closer than the typed word to the centroid of the question's other words (cosine), by
 *   this much — "onions" 0.73 and "trails" 0.73 below unions and trials, "boss" against boys 0.26, "wives"/lives 0.28;
 * - `fit`: the candidate's own cosine to that centroid, at least;
 * - `together`: how many of the other words the report writes in a paragraph with the candidate, at least;
 * - `lift`: for the best of them, how many times likelier that word is in the candidate's paragraphs than in any (at 5,
 *   "sits" was read as sites beside a question's other words; "onions" by unions is 6.3);
 * - `specific`: how specific the candidate is in general English (`specificity`): not "here", "data", "lack"; at 0.6,
 *   "stuff" was read as staff (0.61), "aunt" as anti, "scare" as care, "cooking" as looking, "tired" as tried;
 * - `typedSpecific`: and the typed word — an everyday word ("dear", "lock") is meant as typed far more often.
 */
export const SLIP = { margin: 0.25, fit: 0.45, together: 2, lift: 6, specific: 0.65, typedSpecific: 0.7 } as const;

/** Shortest typed word read as a slip: one letter from a four-letter word is one letter from too many words. */
const SHORTEST_SLIP = 4;
/** How many typed words' candidates `RealWordSlips` remembers: a few KB; a bot's questions repeat far fewer words. */
const CANDIDATES_KEPT = 4096;
/** A context word as common as "make" or "people" says little of the topic (`specificity`). */
const CONTEXT_SPECIFIC = 0.3;

export interface SlipReport {
  /** The distinct lower-case words the report writes, first written first (`writtenWords`): each a candidate. */
  words: () => readonly string[];
  /** The paragraphs (ascending) holding a term. */
  paragraphsOf: (term: string) => readonly number[];
  paragraphCount: number;
}

export class RealWordSlips {
  /** The report's words of four letters or more; made on the first word that needs them. */
  private words?: readonly string[];
  /**
   * Each typed word's candidates (`candidates`), which depend on the word alone: a pass over the report's words cost a
   * question holding such a word ~0.3–0.5 ms at every asking (three of the bench's 60 questions ran 2.5–3× slower, and
   * the warm p99 with them). Emptied when full, as `TypedWord`s are.
   */
  private readonly candidatesOf = new Map<string, readonly string[]>();
  private readonly centroid: Float32Array;
  private readonly scratch: Float32Array;

  constructor(
    private readonly vectors: WordVectors,
    private readonly report: SlipReport,
  ) {
    this.centroid = new Float32Array(vectors.dimensions);
    this.scratch = new Float32Array(vectors.dimensions);
  }

  /**
   * The report word a real English word `typed` (lower-case letters the report does not write) was meant as, chosen by
   * `context`, the question's other words the report writes (lower-case): one edit from it, or the same primary
   * Double Metaphone key within two. Undefined when the typed word fits its context as well (`SLIP`).
   */
  slipFor(typed: string, context: readonly string[]): string | undefined {
    if (typed.length < SHORTEST_SLIP || !/^[a-z]+$/.test(typed)) return undefined;
    const vectors = this.vectors;
    const typedAt = vectors.indexOf(typed);
    if (typedAt < 0 || specificity(vectors, typed) < SLIP.typedSpecific) return undefined;
    // Most such words have no report word near them: no context to weigh.
    const candidates = this.candidatesFor(typed);
    if (candidates.length === 0) return undefined;
    const others: string[] = [];
    this.centroid.fill(0);
    for (const word of context) {
      const at = vectors.indexOf(word);
      if (at < 0 || word === typed || specificity(vectors, word) < CONTEXT_SPECIFIC || others.includes(word)) continue;
      vectors.addTo(at, 1, this.centroid, 0);
      others.push(word);
    }
    if (others.length < SLIP.together) return undefined;
    const typedFit = this.fit(typedAt);
    const typedTerm = termOf(typed);
    // Of the candidates that fit, the one the report writes most specifically beside the question's words: "charger" is
    // the association's charter (lift 12.7), not a charge (5), though both fit.
    let best: { word: string; lift: number } | undefined;
    for (const candidate of candidates) {
      const term = termOf(candidate);
      const at = vectors.indexOf(candidate);
      if (term === null || term === typedTerm || at < 0 || specificity(vectors, candidate) < SLIP.specific) continue;
      const fit = this.fit(at);
      if (fit < SLIP.fit || fit - typedFit < SLIP.margin) continue;
      const lift = this.liftBeside(term, others);
      if (lift >= SLIP.lift && (!best || lift > best.lift)) best = { word: candidate, lift };
    }
    return best?.word;
  }

  /** Cosine of the vectors' word at `at` to the context's centroid. */
  private fit(at: number): number {
    const v = this.scratch.fill(0);
    this.vectors.addTo(at, 1, v, 0);
    const c = this.centroid;
    let dot = 0;
    let norm = 0;
    for (let k = 0; k < c.length; k++) {
      dot += v[k]! * c[k]!;
      norm += c[k]! * c[k]!;
    }
    return norm > 0 ? dot / Math.sqrt(norm) : 0;
  }

  /**
   * How many times likelier the likeliest of `others` is in the paragraphs holding `term` than in any paragraph; 0 unless
   * the report writes `term` in a paragraph with `SLIP.together` of them.
   */
  private liftBeside(term: string, others: readonly string[]): number {
    const mine = this.report.paragraphsOf(term);
    if (mine.length === 0) return 0;
    let together = 0;
    let lift = 0;
    for (const word of others) {
      const t = termOf(word);
      if (t === null || t === term) continue;
      const theirs = this.report.paragraphsOf(t);
      const shared = sharedCount(mine, theirs);
      if (shared === 0) continue;
      together++;
      lift = Math.max(lift, shared / mine.length / (theirs.length / this.report.paragraphCount));
    }
    return together >= SLIP.together ? lift : 0;
  }

  /** `candidates`, remembered (`candidatesOf`). */
  private candidatesFor(typed: string): readonly string[] {
    let found = this.candidatesOf.get(typed);
    if (found === undefined) {
      if (this.candidatesOf.size >= CANDIDATES_KEPT) this.candidatesOf.clear();
      found = this.candidates(typed);
      this.candidatesOf.set(typed, found);
    }
    return found;
  }

  /**
   * The report's words one edit from `typed`, then those under its primary sound key within two edits. Only a word two
   * edits away or closer is keyed, so the first slip costs one pass over the report's words and no sound key of the
   * thousands that cannot match (keying every word first took ~20 ms of the fresh `hr`'s first query).
   */
  private candidates(typed: string): string[] {
    const words = (this.words ??= this.report.words().filter((w) => w.length >= SHORTEST_SLIP));
    const key = doubleMetaphone(typed)[0];
    const edits: string[] = [];
    const sounds: string[] = [];
    for (const w of words) {
      if (w === typed || Math.abs(w.length - typed.length) > 2) continue;
      const distance = damerauLevenshtein(typed, w, 2);
      if (distance <= 1 && Math.abs(w.length - typed.length) <= 1) edits.push(w);
      else if (distance <= 2 && doubleMetaphone(w)[0] === key) sounds.push(w);
    }
    return edits.concat(sounds);
  }
}
