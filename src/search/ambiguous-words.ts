/**
 * The everyday English words of very many senses ("run", "make", "take", "charge"), from WordNet: a
 * typed word among them says little of which passage is meant (see `AMBIGUOUS` in query.ts).
 */
import { inflectedForms } from './wordnet.js';

/**
 * WordNet's one-word lemmas of at least `AMBIGUOUS.senses` senses over every part of speech, as
 * `lemmasWithSenses` reads them from its index files (~0.3 s): written out here, and held to WordNet's
 * by a test, which prints the new list when the threshold or WordNet changes. Read from a file the
 * build saved, they cost a process's first query ~0.4 ms (the read, and stripping each word's endings
 * to look it up: issue 13, round 16).
 */
export const AMBIGUOUS_LEMMAS: readonly string[] = ['break', 'call', 'carry', 'charge', 'clear', 'cut', 'draw', 'fall', 'give', 'head', 'hold', 'light', 'make', 'pass', 'play', 'point', 'run', 'set', 'take'];

export class AmbiguousWords {
  /** Every form WordNet would list under one of the lemmas ("runs", "running" → run): a lookup strips no ending. */
  private readonly forms = new Set<string>();

  constructor(lemmas: Iterable<string>) {
    for (const lemma of lemmas) for (const form of inflectedForms(lemma)) this.forms.add(form);
  }

  /** Whether `word` (lower case) or a form WordNet would list it under is one of the lemmas ("runs" → run). */
  has(word: string): boolean {
    return this.forms.has(word);
  }
}

/** English's words of very many senses, in every form (some 300), made when the module loads. */
export const AMBIGUOUS_WORDS = new AmbiguousWords(AMBIGUOUS_LEMMAS);
