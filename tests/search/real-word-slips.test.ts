import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { termsOf, writtenWords } from '../../src/search/analysis.js';
import { RealWordSlips } from '../../src/search/real-word-slips.js';
import { WordVectors } from '../../src/search/word-vectors.js';
import { realService, wordsReadBy } from '../helpers.js';

const service = realService();
/** The words the search read the query as (a slip read as the word meant). */
const wordsRead = (query: string): string[] => wordsReadBy(service, query).map((w) => w.word);
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a real English word typed for a report word is read by the question\'s other words (real report)', () => {
  it('reads the report word the rest of the question is about', () => {
    expect(wordsRead('how big is the panel in jury trails')).toContain('trials');
    expect(wordsRead('how are disagreements between onions and employers settled')).toContain('unions');
    expect(wordsRead('can a public group be fined for work beyond what its charger allows')).toContain('charter');
  });
  it('answers from the passage the word meant leads to, where it was refused', () => {
    const jury = search('how big is the panel in jury trails');
    expect(jury.covered).toBe(true);
    expect(jury.hits[0]?.text).toContain('Jury trials are held by a panel of 10 jurors');
    expect(search('how are disagreements between onions and employers settled').covered).toBe(true);
  });
  it('leaves the word as typed where the question uses it rightly', () => {
    expect(wordsRead('how to grow onions in a small garden')).not.toContain('unions');
    expect(search('how to grow onions in a small garden').covered).toBe(false);
    expect(wordsRead('best hiking trail near the lake for beginners')).not.toContain('trial');
    expect(wordsRead('my phone charger stopped working what do i do')).not.toContain('charter');
    // A word that fits its neighbours is no slip, though a report word is one letter away ("jail": bail).
    expect(wordsRead('how long can they keep you in jail before a trial')).not.toContain('bail');
  });
});

describe('RealWordSlips (real word vectors, a small report)', () => {
  const vectors = WordVectors.load()!;
  // Trials with juries and judges, unions with employers and strikes, bail, and ten paragraphs of neither: the lift of a word
  // beside another is measured against the whole report.
  const texts = [
    ...Array.from({ length: 9 }, (_, i) => `The ministry published its annual budget report number ${i + 1}.`),
    'Jury trials are held by a panel of jurors and one judge; trials of serious crimes need a jury.',
    'Labor unions and employers settle disputes; unions organized strikes when employers withheld wages.',
    'The ministry reported on road construction in the regions.',
    'Courts granted bail to few suspects awaiting trial before a judge.',
  ];
  const termsIn = texts.map((t) => new Set(termsOf(t)));
  const slips = new RealWordSlips(vectors, {
    words: () => writtenWords(texts),
    paragraphsOf: (term) => termsIn.flatMap((terms, i) => (terms.has(term) ? [i] : [])),
    paragraphCount: texts.length,
  });
  it('reads the word the report writes beside the question\'s other words', () => {
    expect(slips.slipFor('trails', ['jury', 'panel', 'judge'])).toBe('trials');
    expect(slips.slipFor('onions', ['employers', 'strikes', 'wages'])).toBe('unions');
  });
  it('reads a word two letters away when it sounds the same', () => {
    // "bale" is two edits from bail and one sound key: only the sound route reaches it.
    expect(slips.slipFor('bale', ['suspects', 'granted', 'courts'])).toBe('bail');
  });
  it('leaves a word that fits its context, or has too little of one', () => {
    expect(slips.slipFor('trails', ['road', 'construction', 'regions'])).toBeUndefined();
    expect(slips.slipFor('onions', ['employers'])).toBeUndefined();
    // "jail" fits a trial and a judge better than the bail the report writes beside them.
    expect(slips.slipFor('jail', ['suspects', 'trial', 'judge'])).toBeUndefined();
  });
});
