import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { americanSpellings } from '../../src/search/american-spelling.js';
import { realService } from '../helpers.js';

describe('americanSpellings reads a British spelling inside a longer word, and the spellings a dictionary lists apart', () => {
  it.each([
    // A British ending with a derivational suffix after it.
    ['organisational', 'organizational'],
    ['agonisingly', 'agonizingly'],
    ['behavioural', 'behavioral'],
    ['colourful', 'colorful'],
    ['centred', 'centered'],
    ['defenceless', 'defenseless'],
    ['counsellors', 'counselors'],
    ['catalogued', 'cataloged'],
    // ae and oe written e.
    ['paediatric', 'pediatric'],
    ['anaemia', 'anemia'],
    ['foetuses', 'fetuses'],
    ['diarrhoea', 'diarrhea'],
    // A dictionary's own pairs, with their inflections.
    ['practise', 'practice'],
    ['practising', 'practicing'],
    ['grey', 'gray'],
    ['gaols', 'jails'],
    ['tyres', 'tires'],
    ['sceptical', 'skeptical'],
    ['ageing', 'aging'],
  ])('spells “%s” as “%s”', (british, american) => {
    expect(americanSpellings(british)).toContain(american);
  });

  it('proposes nothing for a word no British spelling fits', () => {
    expect(americanSpellings('prison')).toEqual([]);
    expect(americanSpellings('greyhound')).not.toContain('grayhound');
    // An oe that is two sounds, or a plural's -oes, is no British oe.
    expect(americanSpellings('heroes')).not.toContain('heres');
    expect(americanSpellings('poets')).not.toContain('pets');
  });
});

describe('a question in British spelling is read as the American the report writes (real report)', () => {
  const service = realService();
  const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
  it('reads "practise" as the report\'s "practice"', () => {
    const answer = search('do journalists practise self-censorship');
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]?.text).toContain('media outlets often practiced self-censorship');
  });
});
