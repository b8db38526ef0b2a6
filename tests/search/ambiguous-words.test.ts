import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_LEMMAS, AMBIGUOUS_WORDS, AmbiguousWords } from '../../src/search/ambiguous-words.js';
import { AMBIGUOUS } from '../../src/search/query.js';
import { baseForms, inflectedForms, lemmasWithSenses, type PartOfSpeech } from '../../src/search/wordnet.js';

const PARTS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** The lookup the forms stand for: the word, or a form WordNet would list it under (`baseForms`), is a lemma. */
function listedUnderOneOf(lemmas: ReadonlySet<string>, word: string): boolean {
  return lemmas.has(word) || PARTS.some((pos) => baseForms(word, pos).some((form) => lemmas.has(form)));
}

/** Endings `baseForms` strips or restores, and letters around them: words near a lemma's forms, and words that only look like them. */
const ENDINGS = ['', 's', 'es', 'ses', 'xes', 'zes', 'ches', 'shes', 'men', 'man', 'ies', 'ied', 'y', 'e', 'ed', 'ing', 'er', 'est', 'x', 'z', 'ch', 'sh'];
const letters = fc.string({ unit: fc.constantFrom(...'abcdeghilmnprstuxyz'), maxLength: 4 });
/** A word made from a lemma: a prefix of it, perhaps a doubled last letter, an ending, perhaps a stray letter. */
const nearLemma = (lemmas: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...lemmas), fc.nat(), fc.boolean(), fc.constantFrom(...ENDINGS), fc.constantFrom('', ...'abdegnrstz'))
    .map(([lemma, cut, doubled, ending, stray]) => {
      const stem = lemma.slice(0, lemma.length - (cut % 3));
      return stem + (doubled ? stem.slice(-1) : '') + ending + stray;
    });

describe("English's words of very many senses", () => {
  it("are WordNet's one-word lemmas of at least AMBIGUOUS.senses senses", () => {
    // When this fails, the threshold or WordNet changed: AMBIGUOUS_LEMMAS is the list printed here.
    expect([...AMBIGUOUS_LEMMAS]).toEqual(lemmasWithSenses(AMBIGUOUS.senses));
  });

  it('holds a word in any form WordNet would list it under, and not words of a few senses', () => {
    for (const w of ['run', 'runs', 'running', 'takes', 'taking', 'charges', 'charged', 'make', 'cutting', 'heads']) expect(AMBIGUOUS_WORDS.has(w), w).toBe(true);
    for (const w of ['police', 'jail', 'prison', 'torture', 'go', 'ran', 'taken', 'r', 'ru', '']) expect(AMBIGUOUS_WORDS.has(w), w).toBe(false);
  });

  it('answers as looking the word up under every base form would, for every form and for words near them', () => {
    const lemmas = new Set(AMBIGUOUS_LEMMAS);
    for (const lemma of AMBIGUOUS_LEMMAS) for (const form of inflectedForms(lemma)) expect(listedUnderOneOf(lemmas, form), form).toBe(true);
    fc.assert(
      fc.property(fc.oneof(nearLemma(AMBIGUOUS_LEMMAS), letters), (word) => AMBIGUOUS_WORDS.has(word) === listedUnderOneOf(lemmas, word)),
      { numRuns: 5000 },
    );
  });

  it('answers as the lookup would for any lemmas, short ones and ones ending like a suffix included', () => {
    const lemma = fc.oneof(letters.filter((w) => w.length > 0), fc.constantFrom('be', 'go', 'us', 'ax', 'bus', 'box', 'fly', 'man', 'use', 'tie', 'ski', 'free', 'dye', 'ring', 'bed'));
    fc.assert(
      fc.property(
        fc.uniqueArray(lemma, { minLength: 1, maxLength: 4 }).chain((lemmas) => fc.tuple(fc.constant(lemmas), fc.array(fc.oneof(nearLemma(lemmas), letters), { maxLength: 20 }))),
        ([lemmas, words]) => {
          const forms = new AmbiguousWords(lemmas);
          const set = new Set(lemmas);
          for (const word of words) expect(forms.has(word), `${word} under ${lemmas.join(', ')}`).toBe(listedUnderOneOf(set, word));
          for (const l of lemmas) for (const form of inflectedForms(l)) expect(listedUnderOneOf(set, form), form).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
