import { describe, expect, it, vi } from 'vitest';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { parseQuery, type ParsedQuery, type Vocabulary } from '../../src/search/query.js';
import { termsOfWord, wordCount, type CoverageTrace } from '../../src/search/coverage.js';
import { lowerCaseOf } from '../../src/search/gated-pattern.js';
import { openQueryService } from '../../src/search/open-service.js';
import type { SearchAnswer } from '../../src/answers.js';
import { Thesaurus } from '../../src/search/thesaurus.js';
import { WordNet } from '../../src/search/wordnet.js';
import { REPORT_DIR } from '../helpers.js';

// Issue 13 round 42: coverage's word counts and each word's terms without the arrays a query made for them again and
// again, and the parse's term list gathered in a kept scratch. Each must give what the plain construction gives.

describe('coverage reads a query\'s words without rebuilding them', () => {
  const index = readCurrentIndex(REPORT_DIR).index!.reports[0]!;
  const vocabulary: Vocabulary = { documentFrequency: index.documentFrequency, senses: () => null, ignored: new Set() };
  const questions = [
    'how long can police hold a detainee in pretrial detention before charges and can lawyers visit prisoners',
    'torture complaints',
    'are journalists arrested for criticising the president',
    'child labor in cotton fields',
    'what happens to people convicted of sexual offenses against minors',
    'elections',
    // Words the report does not know, or knows only through a correction or a stand-in: weighed below 1.
    'torure complaints ombudsman',
    'best pizza restaurants in town',
    'can my landlord evict me without notice',
    'is homosexuality illegal',
  ];
  /** The terms of word `i` as `filter` then `map` gave them before round 30. */
  const plainTerms = (q: ParsedQuery, i: number) => q.terms.filter((t) => t.word === i).map((t) => t.term);

  it('counts the words of any text as split(" ") does', () => {
    const texts = ['', ' ', 'a', 'a b', ' a  b ', 'how long can police hold', 'x'.repeat(40), 'one two  three   four '];
    for (let i = 0; i < 200; i++) {
      let t = '';
      for (let k = 0; k < i % 17; k++) t += (k * 7 + i) % 3 === 0 ? ' ' : String.fromCharCode(97 + ((k + i) % 26));
      texts.push(t);
    }
    for (const t of texts) expect(wordCount(t)).toBe(t.split(' ').length);
  });

  it("gives each word's terms as the query lists them, query after query", () => {
    // The terms are remembered for the last query asked: red when a later query (other words at the same indices) is
    // answered with an earlier one's terms, or when the kept scratch leaks a longer word's terms into a shorter one's.
    const parsed = questions.map((q) => parseQuery(q, vocabulary));
    for (let round = 0; round < 2; round++) {
      for (const q of parsed) {
        for (let i = 0; i < q.words.length + 1; i++) expect([...termsOfWord(q, i)]).toEqual(plainTerms(q, i));
        // Asked again, the same answer.
        for (let i = 0; i < q.words.length; i++) expect(termsOfWord(q, i)).toBe(termsOfWord(q, i));
      }
    }
  });

  it('parses a query to the same terms after longer and shorter queries as first', () => {
    // The parse gathers its terms in a kept list and copies them out at their count: red when a shorter query after a
    // longer one keeps the longer one's entries, or finds an earlier query's term as its own.
    const fresh = questions.map((q) => parseQuery(q, vocabulary).terms);
    for (const q of [...questions].reverse()) expect(parseQuery(q, vocabulary).terms).toEqual(fresh[questions.indexOf(q)]);
    for (const q of questions) expect(parseQuery(q, vocabulary).terms).toEqual(fresh[questions.indexOf(q)]);
  });

  it('parses thesaurus phrases and stand-ins to the same terms, in the same order, as a process parsing each first', async () => {
    // Issue 13 round 55: a phrase's expansions are gathered in a kept list: red when a later query finds an earlier one's
    // terms in it, or loses the order a Set kept. WordNet's senses too: an unknown word's synonyms are phrases expanded
    // one after another within one query.
    const wordnet = new WordNet();
    const withThesaurus: Vocabulary = { ...vocabulary, senses: (w) => wordnet.senses(w), derived: (w) => wordnet.derived(w), thesaurus: Thesaurus.load() };
    const phrased = ['kids picking cotton', 'can gay couples adopt kids', 'do cops rough people up in jail', 'kids', 'were protesters locked up and roughed up by cops after the rally', ...questions];
    const firsts = [];
    for (const q of phrased) {
      vi.resetModules();
      firsts.push((await import('../../src/search/query.js')).parseQuery(q, withThesaurus).terms);
    }
    expect(firsts.some((terms) => terms.filter((t) => t.thesaurus).length >= 3)).toBe(true);
    for (const q of [...phrased, ...[...phrased].reverse()]) expect(parseQuery(q, withThesaurus).terms).toEqual(firsts[phrased.indexOf(q)]);
  }, 60_000);

  it('lower-cases as toLowerCase does, text after text', () => {
    for (const t of ['Torture', 'torture', 'TORTURE Complaints', 'torture', 'Ünïcode Ä', '']) expect(lowerCaseOf(t)).toBe(t.toLowerCase());
  });

  it("judges each query's coverage and page as a fresh process does, after queries of more and fewer words", async () => {
    // Coverage weighs its words in kept objects written over in place, its terms per word from the last query, and the page
    // copies positions as integers: red when a query reads anything an earlier one left (a weight, a word's terms). Each
    // expectation comes from the modules loaded anew (their kept state too), as a process answering that query first.
    const answer = (open: typeof openQueryService, service: ReturnType<typeof openQueryService> | undefined, q: string) => {
      // The trace lists each weighed word with its specificity and known share, and the long question's shares.
      const coverageTrace: CoverageTrace = {};
      const a = (service ?? open({ indexDir: REPORT_DIR })).search(q, { limit: 5, coverageTrace }) as SearchAnswer;
      return { covered: a.covered, confidence: a.confidence, hits: a.hits.map((h) => [h.paragraphId, h.score, h.answer]), coverageTrace };
    };
    const loadAnew = async () => {
      vi.resetModules();
      return (await import('../../src/search/open-service.js')).openQueryService;
    };
    const firsts = [];
    for (const q of questions) firsts.push(answer(await loadAnew(), undefined, q));
    const open = await loadAnew();
    const service = open({ indexDir: REPORT_DIR });
    for (const q of [...questions, ...[...questions].reverse()]) expect(answer(open, service, q)).toEqual(firsts[questions.indexOf(q)]);
  }, 120_000);
});
