import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { genderedTitleTerm } from '../../src/search/word-forms.js';
import { termOf } from '../../src/search/analysis.js';
import { realService } from '../helpers.js';

// A French speaker's English (the thesaurus's round 162 lines) and gender-neutral titles (`genderedTitleTerm`), on the real report.
describe('a French speaker’s English and gender-neutral titles, on the real report', () => {
  const service = realService();
  const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

  it.each([
    ['How many manifestants were detained by the police?', 'detained and fined organizers of unsanctioned gatherings'],
    ['Can the patron fire the workers who made a grève?', 'Employers may fire striking workers after a court declares a strike illegal'],
    ['who named the current ombudsperson', 'the current ombudsman was appointed by the president'],
    ['does the ombudsperson publish a yearly report', 'also published an annual human rights report'],
  ])('answers “%s” with the passage that states it first, covered', (query, answering) => {
    const answer = search(query);
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]!.text).toContain(answering);
  });

  it.each([
    'The manifestation of the symptoms of the flu, how many days?',
    'The foyer of the theatre, it is open before the spectacle?',
    'The grève of the teachers in France, when it finishes?',
    'who is the chairperson of the football federation',
  ])('still refuses “%s”, the same words off topic', (query) => {
    expect(search(query).covered).toBe(false);
  });
});

describe('genderedTitleTerm', () => {
  const known = (...words: string[]) => {
    const terms = new Set(words.map((w) => termOf(w)));
    return (t: string) => terms.has(t);
  };

  it('reads a "-person" or "-people" title as the "-man" title the report writes', () => {
    expect(genderedTitleTerm('chairperson', known('chairman'))).toBe(termOf('chairman'));
    expect(genderedTitleTerm('spokespeople', known('spokesman'))).toBe(termOf('spokesman'));
    expect(genderedTitleTerm('ombudspersons', known('ombudsmen'))).toBe(termOf('ombudsmen'));
  });

  it('finds nothing where the report lacks the title or the word is no such title', () => {
    expect(genderedTitleTerm('chairperson', known('chair'))).toBeUndefined();
    expect(genderedTitleTerm('person', known('man'))).toBeUndefined();
    expect(genderedTitleTerm('salespeople', known('ombudsman'))).toBeUndefined();
  });
});
