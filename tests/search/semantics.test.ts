import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageOf, isSmallTalk } from '../../src/search/coverage.js';
import { ReportNeighbours } from '../../src/search/neighbours.js';
import { parseQuery, type ParsedQuery, type Vocabulary } from '../../src/search/query.js';
import { Thesaurus } from '../../src/search/thesaurus.js';
import { encodeWordVectors, WordVectors } from '../../src/search/word-vectors.js';

const vectors = WordVectors.load()!;

describe('the distilled word vectors', () => {
  it('load from the committed file and put everyday words next to the report register', () => {
    expect(vectors.words.length).toBe(50_000);
    const sim = (a: string, b: string) => vectors.similarity(vectors.indexOf(a), vectors.indexOf(b));
    expect(sim('jail', 'prison')).toBeGreaterThan(0.85);
    expect(sim('kids', 'children')).toBeGreaterThan(0.7);
    expect(sim('jail', 'pizza')).toBeLessThan(0.3);
    expect(sim('prison', 'prison')).toBeCloseTo(1, 2);
  });

  it('find every word of a written file through its hash table, and nothing else', () => {
    const words = ['the', 'prison', 'café', 'naïve', 'x'];
    const file = join(mkdtempSync(join(tmpdir(), 'hr-vectors-')), 'v.bin');
    writeFileSync(file, encodeWordVectors(words, 2, new Float32Array([1, 1, 0.5, 1, 1]), new Int8Array([1, 0, 0, 1, 1, 1, 1, 0, 0, 1])));
    const written = WordVectors.load(file)!;
    expect(words.map((w) => written.indexOf(w))).toEqual([0, 1, 2, 3, 4]);
    expect(['pris', 'prisons', 'cafe', '', 'xx'].map((w) => written.indexOf(w))).toEqual([-1, -1, -1, -1, -1]);
    expect(written.words).toEqual(words);
    expect(written.similarity(2, 3)).toBe(0.5);
  });

  it('tell a word from a same-length word sharing its hash slot chain', () => {
    const all = vectors.words;
    const position = new Map(all.map((w, i) => [w, i]));
    const altered = all.slice(0, 20_000).map((w) => `${w.slice(0, -1)}${w.endsWith('q') ? 'z' : 'q'}`);
    expect(altered.map((w) => vectors.indexOf(w))).toEqual(altered.map((w) => position.get(w) ?? -1));
  });

  it('say nothing of a missing or foreign file, so search still works without them', () => {
    expect(WordVectors.load('/nonexistent/word-vectors.bin')).toBeUndefined();
    expect(WordVectors.load(new URL(import.meta.url).pathname)).toBeUndefined();
  });

  it('expand a word to the closest report terms only, and rate common words as less specific', () => {
    const neighbours = new ReportNeighbours(vectors, { prison: 'prison', child: 'children', pizza: 'pizza' }, { prison: 1, child: 1, pizza: 1 }, 100);
    expect(neighbours.of('jail').map((n) => n.term)).toEqual(['prison']);
    expect(neighbours.of('weather')).toEqual([]);
    expect(neighbours.specificity('people')).toBeLessThan(neighbours.specificity('disabilities'));
    expect(neighbours.specificity('zzqqxx')).toBe(1);
  });
});

describe('the human-rights thesaurus', () => {
  const thesaurus = new Thesaurus('# comment\ngay, homosexual => lgbti, same-sex\npsych ward, locked up => mental hospital\njail, prison\n');
  it('maps words by their stems, phrases by consecutive words, and equivalences both ways', () => {
    expect(thesaurus.match(['gays'], 0)?.expansions).toEqual(['lgbti', 'same-sex']);
    expect(thesaurus.match(['put', 'in', 'a', 'psych', 'ward'], 3)).toEqual({ length: 2, expansions: ['mental hospital'] });
    expect(thesaurus.match(['jails'], 0)?.expansions).toEqual(['prison']);
    expect(thesaurus.match(['prison'], 0)?.expansions).toEqual(['jail']);
    expect(thesaurus.match(['lgbti'], 0)).toBeUndefined();
  });

  it('loads the committed file, and an empty thesaurus when the file is missing', () => {
    expect(Thesaurus.load().match(['cops'], 0)?.expansions).toContain('police');
    expect(Thesaurus.load('/nonexistent.txt').match(['cops'], 0)).toBeUndefined();
  });
});

describe('coverage', () => {
  const vocabulary: Vocabulary = {
    documentFrequency: { prison: 10, condit: 8, lgbti: 2, polic: 9 },
    senses: () => null,
    ignored: new Set(),
    thesaurus: new Thesaurus('gay => lgbti\ncops => police'),
    specificity: (w) => (w === 'work' ? 0.4 : 0.8),
  };
  const coverage = (q: string) => coverageOf(parseQuery(q, vocabulary));

  it('is confident when the report knows the words, in its own register or through the thesaurus', () => {
    expect(coverage('prison conditions')).toMatchObject({ covered: true, known: 1 });
    expect(coverage('gay cops').covered).toBe(true);
  });

  it('refuses when the specific words are unknown, and gives an absolute confidence between 0 and 1', () => {
    const pizza = coverage('pizza recipe');
    expect(pizza.covered).toBe(false);
    expect(pizza.confidence).toBeGreaterThanOrEqual(0);
    expect(pizza.confidence).toBeLessThan(0.5);
    expect(coverage('prison pizza recipe').confidence).toBeGreaterThan(pizza.confidence);
  });

  it('ignores words that only name the kind of answer', () => {
    expect(coverage('prison size').covered).toBe(true);
  });

  it('recognises greetings unless they come with a real question', () => {
    const small = (q: string) => isSmallTalk(parseQuery(q, vocabulary) as ParsedQuery);
    expect(small('hello there')).toBe(true);
    expect(small('thanks!')).toBe(true);
    expect(small('hello, prison conditions?')).toBe(false);
    expect(small('prison conditions')).toBe(false);
  });
});
