import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { phrasalVerbAt, senseTerms, type VerbSenses } from '../../src/search/light-verbs.js';
import { parseQuery, type Vocabulary } from '../../src/search/query.js';
import { WordNet } from '../../src/search/wordnet.js';
import { realService } from '../helpers.js';

// Quality round 119: a phrasal verb ("pick up", "turn away", "send on") means something its words do not, and which of
// its senses is meant the query's other words say. Read word by word, "pick" stood in for choice, select, blame, find.

/** A WordNet of a few verbs, as `WordNet.verbSenses` answers: each sense's lemmas, most frequent first. */
const senses: VerbSenses = (words) => {
  const verbs: Record<string, string[][]> = {
    'pick up': [['pick_up', 'lift_up'], ['collect', 'pick_up', 'gather_up'], ['collar', 'apprehend', 'arrest', 'pick_up']],
    'take away': [['take_away', 'remove']],
    'get rid of': [['get_rid_of', 'remove']],
    'put in': [['put_in', 'submit']],
    'let go': [['let_go', 'release']],
    'make up': [['constitute', 'make_up']],
  };
  return verbs[words.join(' ')] ?? null;
};
const lower = (q: string) => q.split(' ');
const verbAt = (q: string, i: number) => phrasalVerbAt(lower(q), i, senses, { left: 3 })?.tokens;

describe('reading a phrasal verb in a question', () => {
  it('reads a verb and its particle side by side, or with a short object between them that ends the clause', () => {
    expect(verbAt('did police pick up protesters', 2)).toEqual([2, 3]);
    expect(verbAt('did police pick people up for no reason', 2)).toEqual([2, 4]);
    expect(verbAt('will they let him go', 2)).toEqual([2, 4]);
  });

  it('reads an irregular form of a light verb as its lemma, and a three-word verb closed by a preposition', () => {
    expect(verbAt('his boss took his passport away', 2)).toEqual([2, 5]);
    expect(verbAt('can my boss get rid of me', 3)).toEqual([3, 4, 5]);
  });

  it('reads no phrasal verb where a preposition opens a place, nor where the particle does not end the clause', () => {
    expect(verbAt('can they put him in prison', 2)).toBeUndefined();
    expect(verbAt('can people be put in a psychiatric ward', 3)).toBeUndefined();
    expect(verbAt('did police pick people up protesters', 2)).toBeUndefined();
  });

  it('spends no more WordNet reads than the query is allowed', () => {
    const lookups = { left: 0 };
    expect(phrasalVerbAt(lower('did police pick up protesters'), 2, senses, lookups)).toBeUndefined();
  });
});

describe('choosing a phrasal verb\'s sense by the query\'s other words', () => {
  // Paragraphs 0–9: "arrest" beside "police" in three, "collect" beside "police" in one, "gather" in none.
  const paragraphs: Record<string, number[]> = { polic: [0, 1, 2, 3, 4], arrest: [1, 2, 3, 8], collect: [4, 9], apprehend: [2, 7], remov: [5, 6] };
  const report = { known: (t: string) => t in paragraphs, paragraphsOf: (t: string) => paragraphs[t] ?? [], maxParagraphs: 6 };
  const pickUp = senses(['pick', 'up'])!;

  it('takes the lemmas of the sense whose words share paragraphs with the context', () => {
    expect(senseTerms(pickUp, new Set(['pick']), ['polic'], report)).toEqual(['arrest']);
  });

  it('takes no sense that shares a single paragraph with the context, nor any without context', () => {
    expect(senseTerms([['collect', 'pick_up']], new Set(['pick']), ['polic'], report)).toEqual([]);
    expect(senseTerms(pickUp, new Set(['pick']), [], report)).toEqual([]);
  });

  it('leaves out a lemma written in too many of the report\'s paragraphs', () => {
    expect(senseTerms(pickUp, new Set(['pick']), ['polic'], { ...report, maxParagraphs: 3 })).toEqual([]);
  });
});

describe('a phrasal verb in a parsed query', () => {
  const documentFrequency: Record<string, number> = { polic: 5, arrest: 4, apprehend: 2, peopl: 2, reason: 2, choic: 1, collect: 2, ethnic: 2, constitut: 2 };
  const paragraphs: Record<string, number[]> = { polic: [0, 1, 2, 3, 4], arrest: [1, 2, 3, 8], apprehend: [2, 7], peopl: [0, 5], reason: [1, 9], choic: [6], collect: [4, 9], ethnic: [10, 11], constitut: [10, 11] };
  const vocabulary: Vocabulary = {
    documentFrequency,
    senses: (w) => (w === 'pick' ? { synonyms: ['choice'], broader: [], definition: [], properName: false } : null),
    ignored: new Set(),
    verbSenses: senses,
    paragraphsOf: (t) => paragraphs[t] ?? [],
    paragraphCount: 20,
  };
  const terms = (q: string) => parseQuery(q, vocabulary).terms.map((t) => t.term);

  it('stands the sense its other words choose in for it, and drops what its verb stood in for alone', () => {
    const parsed = terms('did police pick people up for no reason');
    expect(parsed).toContain('arrest');
    expect(parsed).not.toContain('choic');
  });

  it('reads a hyphenated noun as no verb', () => {
    expect(terms('what is the ethnic make up')).toContain('constitut');
    expect(terms('what is the ethnic make-up')).not.toContain('constitut');
  });
});

describe('phrasal verbs on the real report', () => {
  const service = realService();
  const first = (q: string) => (service.search(q, { limit: 3 }) as SearchAnswer).hits[0]!.text;

  it.each([
    ['do judges ever say no when prosecutors ask permission to pick someone up', 'judges authorized prosecutor warrant requests in the vast majority of cases'],
    ['do you get a lawyer as soon as you are picked up', 'the right to the assistance of a defense lawyer from the moment of detention'],
    ['how long does the prosecutor have to send a case on to court', 'who has five days to check the materials and forward them to the court'],
  ])('puts first the passage answering “%s” through the sense its other words choose', (query, answering) => {
    expect(first(query)).toContain(answering);
  });

  it('reads WordNet\'s senses of a phrasal verb in any form of its verb', () => {
    const wordnet = new WordNet();
    expect(wordnet.verbSenses(['picked', 'up'])?.some((lemmas) => lemmas.includes('arrest'))).toBe(true);
    expect(wordnet.verbSenses(['stick', 'around'])?.some((lemmas) => lemmas.includes('stay'))).toBe(true);
    expect(wordnet.verbSenses(['pick', 'sideways'])).toBeNull();
  });
});
