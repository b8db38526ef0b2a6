import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { termOf } from '../../src/search/analysis.js';
import { FAMILY, parseQuery, type Vocabulary } from '../../src/search/query.js';
import { familyOf } from '../../src/search/word-families.js';
import { realService } from '../helpers.js';

const reportWords = 'citizen citizenship married marriage detain detainee register registration employ employment died police policy state stateless statement journal journalist govern governor party partial';
const reportTerms = new Set(reportWords.split(' ').map((w) => termOf(w)!));
const isReportTerm = (t: string) => reportTerms.has(t);
const family = (word: string) => familyOf(termOf(word)!, word, isReportTerm);

describe('familyOf', () => {
  it('finds the report’s form of a word that Porter stems apart, both ways', () => {
    expect(family('citizens')).toEqual([termOf('citizenship')]);
    expect(family('citizenship')).toEqual([termOf('citizen')]);
    expect(family('married')).toEqual([termOf('marriage')]);
    expect(family('marriage')).toEqual([termOf('married')]);
    expect(family('detained')).toEqual([termOf('detainee')]);
    expect(family('detainees')).toEqual([termOf('detain')]);
    expect(family('registered')).toEqual([termOf('registration')]);
    expect(family('employed')).toEqual([termOf('employment')]);
  });

  it('finds the past tense of a short verb, which Porter stems apart (die / died)', () => {
    expect(termOf('die')).not.toBe(termOf('died'));
    expect(family('die')).toEqual([termOf('died')]);
  });

  it('leaves words that only look related: police / policy, state / stateless / statement, journal / journalist, govern / governor, party / partial', () => {
    for (const word of ['police', 'policy', 'state', 'stateless', 'journal', 'journalist', 'governed', 'governor', 'party', 'partial']) expect(family(word)).toEqual([]);
  });

  it('finds nothing the report does not write, nor for a number', () => {
    expect(familyOf(termOf('membership')!, 'membership', isReportTerm)).toEqual([]);
    expect(familyOf('2017', '2017', isReportTerm)).toEqual([]);
  });
});

describe('a typed word’s family in a parsed query', () => {
  const vocabulary: Vocabulary = { documentFrequency: { citizen: 40, citizenship: 8, stateless: 6 }, senses: () => null, ignored: new Set() };

  it('stands in for the typed word, below it, as the same query word', () => {
    const q = parseQuery('when can stateless people become citizens', vocabulary);
    const typed = q.terms.find((t) => t.term === 'citizen')!;
    const member = q.terms.find((t) => t.term === 'citizenship')!;
    expect(member).toMatchObject({ origin: 'expanded', family: true, word: typed.word });
    expect(member.weight).toBeCloseTo(typed.weight * FAMILY.weight);
  });

  it('leaves how well the report knows the word as it was (coverage never reads the family)', () => {
    const withFamily = parseQuery('when can stateless people become citizens', vocabulary);
    const without = parseQuery('when can stateless people become citizens', { ...vocabulary, documentFrequency: { citizen: 40, stateless: 6 } });
    expect(withFamily.words).toEqual(without.words);
  });
});

describe('questions worded with another form of the answer’s word, on the real report', () => {
  const service = realService();
  const first = (q: string) => (service.search(q, { limit: 3 }) as SearchAnswer).hits[0]!;

  it.each([
    ['when can stateless people become citizens', '§2.d', 'stateless persons are eligible to apply for citizenship'],
    ['can police search someone they detain', '§1.d', 'the investigator may do an immediate body search if there is a reason to believe the detainee has a gun'],
    ['were detained people kept from seeing a lawyer', '§1.d', 'law enforcement officials dissuaded detainees from seeing an attorney'],
    ['how does the government repatriate returning ethnic Kazakhs', '§2.d', 'repatriation of ethnic Kazakh returnees'],
  ])('“%s” puts first and bolds the sentence the report writes in the other form', (query, section, answering) => {
    const hit = first(query);
    expect(hit.citation.startsWith(section)).toBe(true);
    expect(hit.answer).toContain(answering);
  });

  it('does not let a passage writing both forms count the word twice', () => {
    // With the family in the paragraph ranking (BM25 adds its terms up), "citizens ... citizenship"
    // in one passage put the stateless persons' paragraph over the one on exit visas (round 39).
    expect(first('can citizens be stopped from leaving the country').text).toContain('did not require exit visas for temporary travel of citizens');
  });
});
