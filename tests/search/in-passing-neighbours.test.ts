import { afterEach, describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { IN_PASSING, parseQuery, type Vocabulary } from '../../src/search/query.js';
import { realService } from '../helpers.js';

// Quality round 109: a typed word the report writes in one or two paragraphs is the asker's word, not the report's word
// for the topic ("protesters" where it writes "activists"): it also reaches its vector neighbours, weighed below it, for
// the ranking only; coverage reads the question and its first passages as before.

/** A report of 200 paragraphs that writes "protesters" in two, "activists" in many, "treated" in many; "Almaty" is a name. */
function vocabulary(): Vocabulary {
  const documentFrequency: Record<string, number> = { protest: 2, activist: 12, demonstr: 8, treat: 30, almati: 1, citi: 2, jail: 3 };
  const neighbours: Record<string, { term: string; similarity: number }[]> = {
    protesters: [{ term: 'protest', similarity: 1 }, { term: 'activist', similarity: 0.82 }, { term: 'demonstr', similarity: 0.7 }],
    almaty: [{ term: 'citi', similarity: 0.8 }],
    jail: [{ term: 'protest', similarity: 0.8 }],
  };
  return {
    documentFrequency,
    paragraphs: 200,
    senses: () => null,
    ignored: new Set(),
    neighbours: (word) => neighbours[word] ?? [],
    specificity: () => 0.72,
  };
}

describe('a typed word the report writes only in passing', () => {
  const saved = { ...IN_PASSING };
  afterEach(() => Object.assign(IN_PASSING, saved));

  it('reaches its close vector neighbours below its own weight, marked for the ranking only', () => {
    const parsed = parseQuery('how are protesters treated', vocabulary());
    const activist = parsed.terms.find((t) => t.term === 'activist');
    expect(activist).toMatchObject({ origin: 'expanded', passing: true, word: 0 });
    expect(activist!.weight).toBeCloseTo(IN_PASSING.weight * 0.82);
    // Below the cosine gate, and the word's own term, stay out.
    expect(parsed.terms.some((t) => t.term === 'demonstr')).toBe(false);
    expect(parsed.terms.filter((t) => t.term === 'protest')).toEqual([{ term: 'protest', weight: 1, origin: 'typed', word: 0 }]);
    // The report knows the word as typed.
    expect(parsed.words[0]).toMatchObject({ word: 'protesters', known: 1 });
  });

  it('leaves alone a word the report writes often, a name, and a term another word of the query reached', () => {
    expect(parseQuery('how are people treated', vocabulary()).terms.some((t) => t.passing)).toBe(false);
    expect(parseQuery('protests in Almaty', vocabulary()).terms.some((t) => t.term === 'citi')).toBe(false);
    // "jail" (three paragraphs) gets none; "protesters"' neighbour is the typed word's own term elsewhere in the query.
    const parsed = parseQuery('jail for activists who are protesters', vocabulary());
    expect(parsed.terms.filter((t) => t.term === 'activist')).toEqual([{ term: 'activist', weight: 1, origin: 'typed', word: 1 }]);
  });

  it('is off at weight 0', () => {
    IN_PASSING.weight = 0;
    expect(parseQuery('how are protesters treated', vocabulary()).terms.some((t) => t.passing)).toBe(false);
  });
});

describe('a word written in passing, on the real report', () => {
  const service = realService();
  const search = (q: string) => service.search(q, { limit: 5 }) as SearchAnswer;
  const saved = { ...IN_PASSING };
  afterEach(() => Object.assign(IN_PASSING, saved));

  it('finds the passage written in the report\'s word ("usually", one paragraph: typically, often)', () => {
    expect(search('when do officers usually beat detainees').hits[0]!.text).toContain('often used this phase of detention to torture, beat');
  });

  it('leaves the covered verdict and confidence as they were without it', () => {
    const questions = ['when do officers usually beat detainees', 'do young soldiers get bullied to death in the army', 'who names the head of the cabinet', 'mobile phone plans'];
    const on = questions.map((q) => search(q)).map((a) => [a.covered, a.confidence]);
    IN_PASSING.weight = 0;
    const off = questions.map((q) => search(q)).map((a) => [a.covered, a.confidence]);
    expect(on).toEqual(off);
  });
});
