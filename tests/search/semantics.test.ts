import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { termsOf, tokenize } from '../../src/search/analysis.js';
import type { IndexedSentence, ReportIndex } from '../../src/search/built-index.js';
import { coverageOf, isAboutTheBot, isSmallTalk, namesIn, ReportNames } from '../../src/search/coverage.js';
import { DenseSentences } from '../../src/search/dense.js';
import { ALIGNMENT, TermSimilarities } from '../../src/search/alignment.js';
import { sentenceTermsOf, sentenceTermTables } from '../../src/search/sentence-terms.js';
import { ReportNeighbours } from '../../src/search/neighbours.js';
import { parseQuery, type ParsedQuery, type Vocabulary } from '../../src/search/query.js';
import { packageRoot } from '../../src/paths.js';
import { type SavedThesaurus, Thesaurus } from '../../src/search/thesaurus.js';
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

  it('find a word however long, in any script, whatever was looked up before it', () => {
    const long = `${'counterrevolutionary'.repeat(12)}s`;
    const words = ['the', long, 'naïve', '𝒳-ray', 'задержание'];
    const file = join(mkdtempSync(join(tmpdir(), 'hr-vectors-')), 'v.bin');
    writeFileSync(file, encodeWordVectors(words, 1, new Float32Array(5).fill(1), new Int8Array(5).fill(1)));
    const written = WordVectors.load(file)!;
    const asked = ['the', long, 'naïve', long.slice(0, -1), '𝒳-ray', 'задержание', 'задержани', 'the', 'naïv', 'nai\u0308ve', 'th'];
    expect(asked.map((w) => written.indexOf(w))).toEqual([0, 1, 2, -1, 3, 4, -1, 0, -1, -1, -1]);
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
    const neighbours = new ReportNeighbours(vectors, () => ({ prison: 'prison', child: 'children', pizza: 'pizza' }), { prison: 1, child: 1, pizza: 1 }, 100);
    expect(neighbours.of('jail').map((n) => n.term)).toEqual(['prison']);
    expect(neighbours.of('weather')).toEqual([]);
    expect(neighbours.specificity('people')).toBeLessThan(neighbours.specificity('disabilities'));
    expect(neighbours.specificity('zzqqxx')).toBe(1);
  });

  it('look up in the vectors no report term too common to stand for anything', () => {
    const lookups = vi.spyOn(vectors, 'indexOf');
    const neighbours = new ReportNeighbours(vectors, () => ({ prison: 'prison', person: 'persons' }), { prison: 1, person: 90 }, 100);
    expect(neighbours.of('jail').map((n) => n.term)).toEqual(['prison']);
    expect(lookups.mock.calls.map(([w]) => w)).not.toContain('persons');
    lookups.mockRestore();
  });

  it('count an everyday word typed in a query for less than a specific one', () => {
    const vocabulary: Vocabulary = { documentFrequency: { peopl: 3, custodi: 1 }, senses: () => null, ignored: new Set(), specificity: (w) => (w === 'people' ? 0.37 : 0.75) };
    const weight = (term: string) => parseQuery('people in custody', vocabulary).terms.find((t) => t.term === term)?.weight;
    expect(weight('custodi')).toBe(1);
    expect(weight('peopl')).toBeLessThan(0.9);
  });
});

describe('dense sentence vectors', () => {
  it('put a paraphrase closer to the sentence that means it than to one that shares no meaning', () => {
    const texts = [['The election was held in April.'], ['Police beat detainees in custody.', 'The weather was mild.']];
    const sentences = texts.map((p) => p.map((text) => ({ start: 0, end: text.length, terms: termsOf(text), quantity: false, law: false, date: false })));
    const termWords = Object.fromEntries(texts.flat().flatMap((t) => t.toLowerCase().match(/[a-z]+/g)!.map((w) => [termsOf(w)[0] ?? w, w])));
    const index = { sentences, sentenceCounts: sentences.map((s) => s.length), sentenceCount: 3, sentenceFrequency: {}, termWords } as unknown as ReportIndex;
    const dense = new DenseSentences(vectors, index);
    const query = parseQuery('do cops hit suspects', { documentFrequency: {}, senses: () => null, ignored: new Set() });
    const vector = dense.queryVector(query)!;
    expect(dense.best(vector, 1)).toBeGreaterThan(dense.best(vector, 0) + 0.1);
  });
});

describe('soft word alignment', () => {
  // One paragraph per case, one sentence each; the sentences' exact matches of the query words are given
  // as sentence scoring records them (none here: the query shares no word with the report).
  const texts = ['Police beat detainees in custody.', 'The weather was mild in April.', 'Cops beat suspects.'];
  const sentences = texts.map((text) => [{ start: 0, end: text.length, terms: termsOf(text), quantity: false, law: false, date: false }]);
  const termWords = Object.fromEntries(texts.flatMap((t) => t.toLowerCase().match(/[a-z]+/g)!.map((w) => [termsOf(w)[0] ?? w, w])));
  const sentenceFrequency = Object.fromEntries(Object.keys(termWords).map((t) => [t, 1]));
  // No BM25 index beside them: every term's id is past its (no) terms.
  const { rows, only } = sentenceTermTables(sentences as IndexedSentence[][], []);
  const index = {
    sentences,
    sentenceTermIds: rows,
    sentenceOnlyTerms: only,
    miniSearch: { terms: [] },
    sentenceCounts: sentences.map((s) => s.length),
    sentenceCount: 3,
    sentenceFrequency,
    termWords,
  } as unknown as ReportIndex;
  const terms = sentenceTermsOf(index);
  const similarities = new TermSimilarities(vectors, index, terms);
  const words = ['cops', 'hit', 'suspects'].map((word) => ({ word, known: 0, specificity: 1, topical: true }));
  const alignmentOf = (position: number, exact = 0) => {
    const generation = terms.beginQuery();
    const { ids, starts } = terms.of(position);
    const at = similarities.exact.take(generation, position, words.length);
    similarities.exact.values.fill(exact, at, at + words.length);
    return similarities.forQuery(words, [1, 1, 1], 3).best(position, ids, starts, at);
  };

  it('scores a paraphrase by the closest words of a sentence, and a sentence of other words at nothing', () => {
    const paraphrase = alignmentOf(0);
    expect(paraphrase).toBeGreaterThan(0.4);
    expect(paraphrase).toBeLessThan(1);
    expect(alignmentOf(1)).toBe(0);
  });

  it('counts an exact match fully, and a similarity below the floor not at all', () => {
    expect(alignmentOf(0, 1)).toBe(1);
    const floor = ALIGNMENT.floor;
    try {
      ALIGNMENT.floor = 0.99;
      expect(alignmentOf(0)).toBe(0);
    } finally {
      ALIGNMENT.floor = floor;
    }
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

  it('matches the longest phrase that starts at a word and fits in the query, else a shorter one', () => {
    const nested = new Thesaurus('locked up in solitary => solitary confinement\nlocked up in => detained\nlocked up => detention\nlocked => closed\n');
    expect(nested.match(['locked', 'up', 'in', 'solitary'], 0)).toEqual({ length: 4, expansions: ['solitary confinement'] });
    expect(nested.match(['was', 'locked', 'up', 'in'], 1)).toEqual({ length: 3, expansions: ['detained'] });
    expect(nested.match(['locked', 'up', 'at', 'night'], 0)).toEqual({ length: 2, expansions: ['detention'] });
    expect(nested.match(['locked', 'out'], 0)).toEqual({ length: 1, expansions: ['closed'] });
    expect(nested.match(['up', 'in', 'solitary'], 0)).toBeUndefined();
    // Read back as the build saves it (JSON), it matches the same.
    const reloaded = new Thesaurus('', JSON.parse(JSON.stringify(nested.toSaved())) as SavedThesaurus);
    for (const words of [['locked', 'up', 'in', 'solitary'], ['was', 'locked', 'up', 'in'], ['locked', 'up', 'at', 'night'], ['locked', 'out']]) {
      for (let i = 0; i < words.length; i++) expect(reloaded.match(words, i)).toEqual(nested.match(words, i));
    }
  });

  it('matches a shorter query after a longer one as if it came first', () => {
    // The thesaurus keeps one array of the last query's keys (issue 13 round 41): a longer query's keys past a
    // shorter one's end must not complete a phrase, nor be read past its end.
    const nested = new Thesaurus('locked up in solitary => solitary confinement\nlocked up in => detained\nlocked up => detention\nlocked => closed\n');
    expect(nested.match(['locked', 'up', 'in', 'solitary', 'for', 'weeks'], 0)).toEqual({ length: 4, expansions: ['solitary confinement'] });
    expect(nested.match(['locked', 'up', 'in'], 0)).toEqual({ length: 3, expansions: ['detained'] });
    expect(nested.match(['locked', 'up'], 0)).toEqual({ length: 2, expansions: ['detention'] });
    expect(nested.match(['locked', 'up'], 3)).toBeUndefined();
    expect(nested.match(['locked'], 0)).toEqual({ length: 1, expansions: ['closed'] });
  });

  it('matches a phrase whether the query puts articles and possessives in it or leaves them out', () => {
    const phrases = new Thesaurus('before trial => pretrial detention\nagainst their will => forced\nhit their kids => child abuse\n');
    expect(phrases.match(['kept', 'before', 'your', 'trial'], 1)).toEqual({ length: 3, expansions: ['pretrial detention'] });
    expect(phrases.match(['against', 'his', 'will'], 0)).toEqual({ length: 3, expansions: ['forced'] });
    expect(phrases.match(['against', 'will'], 0)).toEqual({ length: 2, expansions: ['forced'] });
    expect(phrases.match(['hit', 'the', 'kids'], 0)).toEqual({ length: 3, expansions: ['child abuse'] });
    // An article starts no phrase, and other words still break one.
    expect(phrases.match(['the', 'trial'], 0)).toBeUndefined();
    expect(phrases.match(['before', 'a', 'fair', 'trial'], 0)).toBeUndefined();
    const reloaded = new Thesaurus('', JSON.parse(JSON.stringify(phrases.toSaved())) as SavedThesaurus);
    expect(reloaded.match(['against', 'her', 'will'], 0)).toEqual({ length: 3, expansions: ['forced'] });
  });

  it('matches a phrasal verb whose object stands between verb and particle ("roughed him up", "kicked them out")', () => {
    const phrases = new Thesaurus('roughed up => beaten\nkicked out => deported\nlet them go => released\n');
    expect(phrases.match(['cops', 'roughed', 'him', 'up'], 1)).toEqual({ length: 3, expansions: ['beaten'] });
    expect(phrases.match(['kicked', 'them', 'out'], 0)).toEqual({ length: 3, expansions: ['deported'] });
    expect(phrases.match(['kicked', 'someone', 'out'], 0)).toEqual({ length: 3, expansions: ['deported'] });
    expect(phrases.match(['roughed', 'up'], 0)).toEqual({ length: 2, expansions: ['beaten'] });
    // Written with one pronoun, an entry matches another ("let them go" is "let him go").
    expect(phrases.match(['let', 'him', 'go'], 0)).toEqual({ length: 3, expansions: ['released'] });
    // A pronoun starts no phrase, and another word between still breaks one.
    expect(phrases.match(['him', 'up'], 0)).toBeUndefined();
    expect(phrases.match(['kicked', 'the', 'ball', 'out'], 0)).toBeUndefined();
    const reloaded = new Thesaurus('', JSON.parse(JSON.stringify(phrases.toSaved())) as SavedThesaurus);
    expect(reloaded.match(['roughed', 'them', 'up'], 0)).toEqual({ length: 3, expansions: ['beaten'] });
  });

  it('gives each left-hand word or phrase of the committed file one entry: two lines sharing a stem would share their meanings', () => {
    // "protestant" stems to "protest": on two lines, "can people protest" expanded to religious minorities.
    const file = readFileSync(join(packageRoot(), 'lexicon', 'human-rights-synonyms.txt'), 'utf8');
    const whole = new Thesaurus(file);
    const merged: string[] = [];
    for (const line of file.split('\n').filter((l) => l.includes('=>') && !l.trimStart().startsWith('#'))) {
      const own = new Thesaurus(line);
      for (const phrase of line.split('=>')[0]!.split(',')) {
        const words = tokenize(phrase).map((t) => t.surface);
        if (words.length && whole.match(words, 0)?.expansions.length !== own.match(words, 0)?.expansions.length) merged.push(phrase.trim());
      }
    }
    expect(merged).toEqual([]);
    expect(whole.match(['protest'], 0)?.expansions).not.toContain('religious minorities');
  });

  it('loads the committed file, and an empty thesaurus when the file is missing', () => {
    expect(Thesaurus.load().match(['cops'], 0)?.expansions).toContain('police');
    expect(Thesaurus.load('/nonexistent.txt').match(['cops'], 0)).toBeUndefined();
  });

  it('uses the copy the build saved only while the text it was made from is unchanged', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hr-thesaurus-')), `test-${process.pid}-synonyms.txt`);
    const saved = join(packageRoot(), 'dist', 'src', 'lexicon', `${basename(file, '.txt')}.saved`);
    try {
      writeFileSync(file, 'cop, cops => police\nlocked up => prison\n');
      Thesaurus.compile(file);
      const loaded = Thesaurus.load(file);
      expect(loaded.match(['cops'], 0)?.expansions).toEqual(['police']);
      expect(loaded.match(['was', 'locked', 'up'], 1)).toEqual({ length: 2, expansions: ['prison'] });
      // The saved copy is what loads (marked here so the test can tell it from a fresh parse)...
      writeFileSync(saved, readFileSync(saved, 'utf8').replace('"police"', '"police (saved)"'));
      expect(Thesaurus.load(file).match(['cops'], 0)?.expansions).toEqual(['police (saved)']);
      // ...until the text changes.
      writeFileSync(file, 'cop, cops => law enforcement\n');
      expect(Thesaurus.load(file).match(['cops'], 0)?.expansions).toEqual(['law enforcement']);
      expect(Thesaurus.load(file).match(['locked', 'up'], 0)).toBeUndefined();
    } finally {
      rmSync(saved, { force: true });
    }
  });

  it("saves the text's bytes once, between its versions and its entries, and tells a text changed by one byte", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hr-thesaurus-')), `test-${process.pid}-bytes-synonyms.txt`);
    const saved = join(packageRoot(), 'dist', 'src', 'lexicon', `${basename(file, '.txt')}.saved`);
    try {
      const text = 'cafés, cops => police\nsåfe house => shelter\n';
      writeFileSync(file, text);
      Thesaurus.compile(file);
      const bytes = readFileSync(saved);
      const headEnd = bytes.indexOf(10);
      const head = JSON.parse(bytes.toString('latin1', 0, headEnd)) as { textBytes: number };
      expect(head.textBytes).toBe(Buffer.byteLength(text));
      expect(bytes.toString('utf8', headEnd + 1, headEnd + 1 + head.textBytes)).toBe(text);
      // The entries after it, in ASCII and without a second copy of the text.
      const entries = bytes.subarray(headEnd + 2 + head.textBytes);
      expect(entries.every((b) => b < 0x80)).toBe(true);
      expect(Object.keys(JSON.parse(entries.toString('latin1')) as object)).not.toContain('text');
      expect(Thesaurus.load(file).match(['cafés'], 0)?.expansions).toEqual(['police']);
      writeFileSync(saved, Buffer.from(bytes.toString('latin1').replaceAll('"police"', '"police (saved)"'), 'latin1'));
      expect(Thesaurus.load(file).match(['cops'], 0)?.expansions).toEqual(['police (saved)']);
      // The same length in bytes, one letter other ("è" for "é"): parsed afresh, not taken from the copy.
      writeFileSync(file, text.replace('é', 'è'));
      expect(Buffer.byteLength(text.replace('é', 'è'))).toBe(head.textBytes);
      expect(Thesaurus.load(file).match(['cops'], 0)?.expansions).toEqual(['police']);
      expect(Thesaurus.load(file).toSaved().text).toBe(text.replace('é', 'è'));
    } finally {
      rmSync(saved, { force: true });
    }
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
  // Answering passages that hold the query's words together, so nothing is mentioned in passing, in a report that writes
  // no phrase asked of it (no two-word name, no compound in two words: `writesAsCompound`)…
  const together = { isProperName: () => false, holdsWith: () => true, writes: () => false, year: 2017 };
  // …from one section, whose first sentence holds nothing: no test below is about scattered answers unless it says so.
  const oneSection = { first: () => ({ sentences: [], headings: [] }), parts: () => 1, passages: 3, ...together };

  it('is confident when the report knows the words, in its own register or through the thesaurus', () => {
    expect(coverage('prison conditions')).toMatchObject({ covered: true, known: 1 });
    expect(coverage('gay cops').covered).toBe(true);
  });

  it('weighs a thesaurus phrase by all of its words, as they would weigh apart', () => {
    // "top judges" stands for two words: weighed as one, the word the report cannot place ("picked") outweighed it.
    const withPhrase = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, suprem: 2, court: 9 }, thesaurus: new Thesaurus('top judges => supreme court') };
    const query = parseQuery('top judges picked', withPhrase);
    expect(query.words.find((w) => w.word === 'top judges')?.specificity).toBeCloseTo(1.6);
    expect(coverageOf(query).known).toBeCloseTo((0.9 * 1.6) / (1.6 + 0.8));
  });

  it('refuses when the specific words are unknown, and gives an absolute confidence between 0 and 1', () => {
    const pizza = coverage('pizza recipe');
    expect(pizza.covered).toBe(false);
    expect(pizza.confidence).toBeGreaterThanOrEqual(0);
    expect(pizza.confidence).toBeLessThan(0.5);
    expect(coverage('prison pizza recipe').confidence).toBeGreaterThan(pizza.confidence);
  });

  it('does not count a framing word the report never writes ("really", "anyone") against a question', () => {
    expect(coverage('prison conditions really')).toMatchObject({ covered: true, known: 1 });
    expect(coverage('prison conditions for anyone')).toMatchObject({ covered: true, known: 1 });
    // Framing words alone name no topic: they are judged as any words.
    expect(coverage('really anyone').covered).toBe(false);
    // One the report nearly knows still helps a question whose other words it knows less.
    const near: Vocabulary = { ...vocabulary, neighbours: (w) => (w === 'someone' ? [{ term: 'polic', similarity: 0.95 }] : []) };
    const withSomeone = coverageOf(parseQuery('prison pizza someone', near)).known;
    expect(withSomeone).toBeGreaterThan(coverageOf(parseQuery('prison pizza', near)).known);
  });

  it('weighs a modifier the report never writes at half when the first passage holds the question\'s topic in one sentence', () => {
    const parts = (adj: number, noun: number) => ({ synonyms: [], broader: [], definition: [], properName: false, parts: { noun, verb: 0, adj, adv: 0 } });
    const senses: Vocabulary = { ...vocabulary, senses: (w) => (w === 'understaffed' ? parts(1, 0) : w === 'pizza' ? parts(0, 1) : null) };
    const passage = (sentences: string[][]) => ({ holds: () => true, statesFigureOf: () => true, isName: () => false, ...oneSection, first: () => ({ sentences, headings: [] }) });
    const understaffed = parseQuery('prison conditions understaffed', senses);
    expect(understaffed.words.find((w) => w.word === 'understaffed')).toMatchObject({ modifier: true, known: 0 });
    expect(coverageOf(understaffed, passage([['prison', 'condit']])).covered).toBe(true);
    // The topic's words apart, or no passage to look at: the modifier counts in full.
    expect(coverageOf(understaffed, passage([['prison'], ['condit']])).covered).toBe(false);
    expect(coverageOf(understaffed).covered).toBe(false);
    // A noun names what is asked about: it counts in full.
    expect(coverageOf(parseQuery('prison conditions pizza', senses), passage([['prison', 'condit']])).covered).toBe(false);
    // A capitalised word the report never writes is a name, which says where, not how.
    expect(parseQuery('prison conditions Understaffed', senses).words.find((w) => w.word === 'understaffed')?.modifier).toBeUndefined();
    // A long question is judged by what its passages hold, not so.
    expect(coverageOf(parseQuery('were the prison conditions in the cells of the town understaffed', senses), passage([['prison', 'condit']])).covered).toBe(false);
  });

  it('counts a capitalised name the report never mentions as unknown, however close its neighbours', () => {
    const withNeighbours: Vocabulary = { ...vocabulary, neighbours: (w) => (w === 'germany' ? [{ term: 'polic', similarity: 0.9 }] : []) };
    const words = parseQuery('prison conditions in Germany', withNeighbours).words;
    expect(words.find((w) => w.word === 'germany')).toMatchObject({ known: 0, specificity: 1 });
    // Lower case, it is not recognisably a name: the neighbour stands in as for any word…
    expect(parseQuery('prison conditions in germany', withNeighbours).words.find((w) => w.word === 'germany')?.known).toBeGreaterThan(0.5);
    // …unless WordNet knows it as a proper name (one country, city or person).
    const withWordNet: Vocabulary = { ...withNeighbours, senses: (w) => (w === 'germany' ? { synonyms: [], broader: ['country'], definition: [], properName: true } : null) };
    expect(parseQuery('prison conditions in germany', withWordNet).words.find((w) => w.word === 'germany')).toMatchObject({ known: 0, specificity: 1 });
  });

  it('finds, when the index is built, exactly the names the text would give word by word', () => {
    // The built list (`namesIn`) against the lookup of each word in the text (`writesOnlyCapitalised`): every
    // word of the report, and of random texts of names, words, digits, hyphens and apostrophes.
    const dir = join(packageRoot(), 'index-data');
    const report = readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.txt'))!), 'utf8');
    const agree = (text: string) => {
      const built = new ReportNames(() => text, namesIn(text));
      for (const word of new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u))) expect([word, built.isName(word)]).toEqual([word, writesOnlyCapitalised(text, word)]);
    };
    agree(report);
    expect(namesIn(report).length).toBeGreaterThan(0);
    const piece = fc.constantFrom('Almaty', 'almaty', 'UN', 'un', 'Uzbek-born', "Nazarbayev's", 'the', 'The', 'co-op', '2010', 'Ёлка', 'ёлка', 'İstanbul', 'McDonald', 'iPhone', '.', ' ', '\n');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => agree(pieces.join(' '))), { numRuns: 300 });
  });

  it('counts a name the report uses as unknown when the passages that would answer do not mention it', () => {
    const places: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, torture: 5, uzbekistan: 1, constitut: 4 } };
    const text = 'Migrants came from Uzbekistan. The Constitution says the constitution prohibits torture.';
    const names = new ReportNames(() => text, namesIn(text));
    const passage = (terms: string[]) => ({ holds: (t: string) => terms.includes(t), statesFigureOf: () => true, isName: (w: string) => names.isName(w), ...oneSection });
    const query = parseQuery('torture in Uzbekistan prisons', places);
    // Named in passing elsewhere, absent from the torture passage: another country's question.
    expect(coverageOf(query, passage(['torture', 'prison'])).covered).toBe(false);
    expect(coverageOf(query, passage(['torture', 'prison', 'uzbekistan'])).covered).toBe(true);
    // A word the report also writes in lower case is a topic typed with a capital, not a name.
    expect(coverageOf(parseQuery('torture in prisons and the Constitution', places), passage(['torture', 'prison'])).covered).toBe(true);
  });

  it('counts a place or a year the report mentions only in passing as unknown: the passages naming it hold no other word of the question', () => {
    const places: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, uzbekistan: 1, migrant: 3, senat: 2, member: 5, '2010': 1, '2017': 2 } };
    const text = 'Migrants came from Uzbekistan. The Senate has 47 members. In 2010 a system was installed. In 2017 too.';
    const names = new ReportNames(() => text, namesIn(text));
    // Passages holding every word; `together` says whether those naming `term` hold another of the question's.
    const passage = (together: boolean, properNames = ['uzbekistan']) => ({
      holds: () => true,
      statesFigureOf: () => true,
      isName: (w: string) => names.isName(w),
      isProperName: (w: string) => properNames.includes(w),
      holdsWith: () => together,
      writes: () => false,
      year: 2017,
      ...{ first: oneSection.first, parts: oneSection.parts, passages: 3 },
    });
    const uzbekistan = parseQuery('prison conditions in uzbekistan', places);
    // The migrants passage names Uzbekistan, the prison passages do not: another country's question.
    expect(coverageOf(uzbekistan, passage(false)).covered).toBe(false);
    expect(coverageOf(uzbekistan, passage(true)).covered).toBe(true);
    // A name the report uses that is no place or person (a body, a people, a disease) is a topic.
    // ("in the": a bare phrase whose words no passage holds two of is refused for that alone, round 66.)
    expect(coverageOf(parseQuery('prison conditions in the senate', places), passage(false)).covered).toBe(true);
    // A year other than the report's own, in a passage saying nothing else of the question; the report's own year never is.
    expect(coverageOf(parseQuery('prison conditions in 2010', places), passage(false)).covered).toBe(false);
    expect(coverageOf(parseQuery('prison conditions in 2010', places), passage(true)).covered).toBe(true);
    expect(coverageOf(parseQuery('prison conditions in 2017', places), passage(false)).covered).toBe(true);
    // Alone, the name or the year is the question.
    expect(coverageOf(parseQuery('uzbekistan', places), passage(false)).covered).toBe(true);
  });

  it('asks a place typed after "in" to be named in a sentence with the question\'s other words, elsewhere only in its passage', () => {
    const places: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, uzbekistan: 1, migrant: 3, right: 9, human: 8 } };
    const text = 'Migrants came from Uzbekistan. Groups for human rights helped them.';
    const names = new ReportNames(() => text, namesIn(text));
    // One passage: Uzbekistan in one sentence, "human rights" in the next.
    const passage = {
      holds: () => true,
      statesFigureOf: () => true,
      isName: (w: string) => names.isName(w),
      isProperName: (w: string) => w === 'uzbekistan',
      isCountry: (w: string) => w === 'uzbekistan',
      holdsWith: (_term: string, _others: readonly string[], together?: boolean) => !together,
      // A report that writes no phrase asked of it: "uzbekistan" is no compound it writes in two (round 37).
      writes: () => false,
      year: 2017,
      ...{ first: oneSection.first, parts: oneSection.parts, passages: 3 },
    };
    // "in uzbekistan" sets the question there: the sentence naming it must hold its other words.
    expect(coverageOf(parseQuery('human rights in uzbekistan', places), passage).covered).toBe(false);
    // Not typed after "in" ("migrants from uzbekistan", "uzbekistan human rights"): the passage is the unit, as before.
    expect(coverageOf(parseQuery('uzbekistan human rights', places), passage).covered).toBe(true);
    // A place that is no country (a city of the report's own) sets no question elsewhere: the passage is the unit.
    expect(coverageOf(parseQuery('human rights in uzbekistan', places), { ...passage, isCountry: () => false }).covered).toBe(true);
  });

  it('takes the country\'s adjective for the country, as its name is: neither a name its passages lack nor the topic', () => {
    const country: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, tortur: 5, ruritanian: 2, cold: 1 } };
    const text = 'Ruritanian is the state language. Torture in prisons. Cold cells.';
    const names = new ReportNames(() => text, namesIn(text));
    const passage = (terms: string[], reportOf?: string) => ({ holds: (t: string) => terms.includes(t), statesFigureOf: () => true, isName: (w: string) => names.isName(w), ...oneSection, ...(reportOf ? { country: reportOf } : {}) });
    const torture = parseQuery('torture in ruritanian prisons', country);
    // Absent from the torture passages: counted as a name they lack, unless it is the report's own country.
    expect(coverageOf(torture, passage(['tortur', 'prison'])).covered).toBe(false);
    expect(coverageOf(torture, passage(['tortur', 'prison'], 'Ruritania')).covered).toBe(true);
    expect(coverageOf(torture, passage(['tortur', 'prison'], 'Atlantis')).covered).toBe(false);
  });

  it('counts a two-word name the report never writes as unknown, though it writes each word ("united states")', () => {
    const pairs: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, unit: 2, state: 9, nation: 3 } };
    const text = 'The United Nations visited. The state and its states.';
    const names = new ReportNames(() => text, namesIn(text));
    const passage = { holds: () => true, statesFigureOf: () => true, isName: (w: string) => names.isName(w), writes: (p: string) => names.writes(p), isProperName: (w: string) => ['united states', 'united nations'].includes(w), holdsWith: () => true, year: 2017, first: oneSection.first, parts: oneSection.parts, passages: 3 };
    expect(coverageOf(parseQuery('prison conditions in the united states', pairs), passage).covered).toBe(false);
    // The report writes this one; and apart, the words are no name.
    expect(coverageOf(parseQuery('prison conditions and the united nations', pairs), passage).covered).toBe(true);
    expect(coverageOf(parseQuery('prison conditions in united and other states', pairs), passage).covered).toBe(true);
  });

  it('refuses a "how many" question when no answering sentence states a figure with the counted noun', () => {
    const counts: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, soldier: 3, armi: 4, peopl: 9 } };
    const passage = (figures: string[]) => ({ holds: () => true, isName: () => false, statesFigureOf: (t: string) => figures.includes(t), ...oneSection });
    const soldiers = parseQuery('how many soldiers are in the army', counts);
    expect(coverageOf(soldiers, passage(['armi'])).covered).toBe(false);
    expect(coverageOf(soldiers, passage(['soldier'])).covered).toBe(true);
    // Without passages to ask, or counting an everyday word ("people": the report writes "persons"), the known share decides.
    expect(coverageOf(soldiers).covered).toBe(true);
    expect(coverageOf(parseQuery('how many people are in the army', { ...counts, specificity: (w) => (w === 'people' ? 0.3 : 0.8) }), passage([])).covered).toBe(true);
  });

  it('refuses a question asking how many X there are when no answering sentence states a figure right before X', () => {
    const counts: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, lawyer: 3, countri: 9, detain: 4, dai: 5, complain: 3 } };
    // `before`: the terms a figure stands right before ("258 labor inspectors"); a figure elsewhere with every term.
    const passage = (before: string[]) => ({ holds: () => true, isName: () => false, statesFigureOf: (t: string, right?: boolean) => !right || before.includes(t), ...oneSection });
    const lawyers = parseQuery('how many lawyers are there in the country', counts);
    // "lawyers … facing 10 or more years" states a figure beside lawyers, counting something else.
    expect(coverageOf(lawyers, passage([])).covered).toBe(false);
    expect(coverageOf(lawyers, passage(['lawyer'])).covered).toBe(true);
    for (const stock of ['how many lawyers does the country have', 'how many lawyers are in the country', 'how many lawyers live in the country', 'how many lawyers were there'])
      expect([stock, coverageOf(parseQuery(stock, counts), passage([])).covered]).toEqual([stock, false]);
    // An event is counted in other words too ("the number of … detained decreased by 54 percent"); "have to" is an obligation.
    expect(coverageOf(parseQuery('how many lawyers were detained', counts), passage([])).covered).toBe(true);
    expect(coverageOf(parseQuery('how many days does a lawyer have to complain', counts), passage([])).covered).toBe(true);
  });

  it('refuses a question asking how many X a place or body has when its figures count X somewhere else', () => {
    const counts: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, judg: 6, suprem: 3, court: 9, punish: 4, ethic: 2, countri: 9 } };
    // `figures`: the terms of the answering sentences that state a figure; every one has a figure right before "judges".
    const passage = (figures: string[][]) => ({ holds: () => true, isName: () => false, statesFigureOf: () => true, figureSentences: () => figures, ...oneSection });
    const judges = parseQuery('how many judges are there in the supreme court', counts);
    // "32 judges were punished for violations of judicial ethics": judges counted, not the supreme court's.
    expect(coverageOf(judges, passage([['32', 'judg', 'punish', 'ethic']])).covered).toBe(false);
    expect(coverageOf(judges, passage([['suprem', 'court', 'two', 'judg']])).covered).toBe(true);
    // A question naming no place or body is judged on its noun alone; an everyday word ("people") names none.
    expect(coverageOf(parseQuery('how many judges are there', counts), passage([['32', 'judg', 'punish']])).covered).toBe(true);
    const everyday = { ...counts, specificity: (w: string) => (w === 'people' ? 0.3 : 0.8) };
    expect(coverageOf(parseQuery('how many judges do people have', everyday), passage([['32', 'judg', 'punish']])).covered).toBe(true);
  });

  it('refuses a question asking for an age when no answering sentence states one with what the age is for', () => {
    const ages: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, ag: 4, old: 3, minimum: 5, vote: 6, employ: 7, marriag: 3, presid: 9, resid: 2, discrimin: 5, base: 6 } };
    const passage = (figures: string[][]) => ({ holds: () => true, isName: () => false, statesFigureOf: () => true, figureSentences: () => figures, ...oneSection });
    const employment = ['gener', 'minimum', 'ag', 'employ', '16'];
    // "the general minimum age for employment is 16" is an age, for something else than voting.
    expect(coverageOf(parseQuery('what is the minimum voting age', ages), passage([employment])).covered).toBe(false);
    expect(coverageOf(parseQuery('what is the minimum age for employment', ages), passage([employment])).covered).toBe(true);
    expect(coverageOf(parseQuery('at what age can you vote', ages), passage([employment])).covered).toBe(false);
    // "how old is X" asks for X's age, stated beside X as "a 29-year-old resident" (round 82: not someone else's age).
    expect(coverageOf(parseQuery('how old is the president', ages), passage([['march', '15', 'presid', 'budget']])).covered).toBe(false);
    expect(coverageOf(parseQuery('how old is the president', ages), passage([['29', 'year', 'old', 'resid']])).covered).toBe(false);
    expect(coverageOf(parseQuery('how old is the president', ages), passage([['presid', '77', 'year', 'old']])).covered).toBe(true);
    expect(coverageOf(parseQuery('how old was the resident', ages), passage([['29', 'year', 'old', 'resid']])).covered).toBe(true);
    // Age as a ground of discrimination asks for no age; without passages to ask, the known share decides.
    expect(coverageOf(parseQuery('discrimination based on age', ages), passage([])).covered).toBe(true);
    expect(coverageOf(parseQuery('what is the minimum voting age', ages)).covered).toBe(true);
  });

  it('refuses a question asking what something costs or earns when no answering sentence states a sum with it', () => {
    const sums: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, judg: 6, earn: 2, salari: 3, worker: 9, fine: 5, passport: 2, cost: 2, women: 7, less: 4, averag: 3 } };
    // `money`: the terms of the answering sentences that state a sum ("fined 11 striking workers 46,000 tenge ($137)").
    const passage = (money: string[][]) => ({ holds: () => true, isName: () => false, statesFigureOf: () => true, moneySentences: () => money, ...oneSection });
    const fined = [['fine', '11', 'strike', 'worker', '46000', 'teng', '137']];
    expect(coverageOf(parseQuery('how much do judges earn', sums), passage(fined)).covered).toBe(false);
    expect(coverageOf(parseQuery('how much do workers earn', sums), passage(fined)).covered).toBe(true);
    expect(coverageOf(parseQuery('how much does a passport cost', sums), passage(fined)).covered).toBe(false);
    expect(coverageOf(parseQuery('what is the average salary of a judge', sums), passage(fined)).covered).toBe(false);
    // A difference is a share ("67 percent"), and a question naming nothing but money is not judged.
    expect(coverageOf(parseQuery('how much less do women earn', sums), passage([])).covered).toBe(true);
    expect(coverageOf(parseQuery('what is the average salary', sums), passage([])).covered).toBe(true);
    expect(coverageOf(parseQuery('how much do judges earn', sums)).covered).toBe(true);
  });

  it('reads a money question with a noun after "how much" or a subject of several words, not a difference', () => {
    const sums: Vocabulary = {
      ...vocabulary,
      documentFrequency: { ...vocabulary.documentFrequency, tax: 3, small: 6, busi: 5, owner: 3, pai: 8, paid: 8, doctor: 3, nurs: 2, public: 9, hospit: 4, earn: 2, worker: 9, fine: 5, strike: 4, extra: 2, overtim: 3, monei: 4, govern: 9 },
    };
    const passage = (money: string[][]) => ({ holds: () => true, isName: () => false, statesFigureOf: () => true, moneySentences: () => money, ...oneSection });
    const fined = [['govern', 'fine', '11', 'strike', 'worker', '46000', 'teng', '137']];
    // "how much tax does…" and a subject of six words ask for a sum as "how much does a passport cost" does.
    expect(coverageOf(parseQuery('how much tax does a small business owner pay', sums), passage(fined)).covered).toBe(false);
    expect(coverageOf(parseQuery('how much do doctors and nurses in public hospitals earn', sums), passage(fined)).covered).toBe(false);
    expect(coverageOf(parseQuery('how much money did the government fine striking workers', sums), passage(fined)).covered).toBe(true);
    // A difference is a share: "how much extra do you get paid" is not judged as a sum.
    expect(coverageOf(parseQuery('how much extra do you get paid for overtime', sums), passage([])).covered).toBe(true);
  });

  it('refuses a question asking who holds a post when no answering sentence names someone beside the post', () => {
    const posts: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, prime: 3, minist: 5, sign: 4, rule: 6, current: 3, chairman: 2, pension: 3, fund: 3, presid: 9, appoint: 4 } };
    // `naming`: the terms of the answering sentences that name someone.
    const passage = (naming: string[][]) => ({ holds: () => true, isName: () => false, statesFigureOf: () => true, namingSentences: () => naming, ...oneSection });
    const yerdenayev = ['chairman', 'state', 'singl', 'pension', 'fund', 'ruslan', 'yerdenayev', 'arrest'];
    // "the prime minister signed rules" names no one; the pension fund's chairman is named.
    expect(coverageOf(parseQuery('who is the current prime minister', posts), passage([yerdenayev])).covered).toBe(false);
    expect(coverageOf(parseQuery('who was the chairman of the pension fund', posts), passage([yerdenayev])).covered).toBe(true);
    // Of two words or more, one may be missing ("President Nursultan Nazarbayev" for "the current president").
    expect(coverageOf(parseQuery('who is the current president', posts), passage([['presid', 'nursultan', 'nazarbayev']])).covered).toBe(true);
    expect(coverageOf(parseQuery('who is the current prime minister', posts), passage([['prime', 'minist', 'nursultan', 'nazarbayev']])).covered).toBe(true);
    // Other who-questions name a body as often as a person ("who appoints the prime minister": "The president").
    expect(coverageOf(parseQuery('who appoints the prime minister', posts), passage([])).covered).toBe(true);
    expect(coverageOf(parseQuery('who is the current prime minister', posts)).covered).toBe(true);
  });

  it('finds someone named in a sentence: two capitalised words side by side that the report writes only as names', () => {
    const text = 'The chairman of the State Single Pension Fund, Ruslan Yerdenayev, was arrested. The Supreme Court and the supreme court met. Nur, Otan.';
    const names = new ReportNames(() => text, namesIn(text));
    expect(names.namesSomeone('the chairman, Ruslan Yerdenayev, was arrested')).toBe(true);
    // "Court" is written in lower case too; a comma parts two names; lower case is no name.
    expect(names.namesSomeone('The Supreme Court ruled')).toBe(false);
    expect(names.namesSomeone('Ruslan, Yerdenayev')).toBe(false);
    expect(names.namesSomeone('ruslan yerdenayev')).toBe(false);
  });

  it('refuses a question asking who made something or when, when no answering sentence holds a word of making with it', () => {
    const made: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, found: 5, parti: 8, congress: 2, court: 9, almati: 4, tribuna: 2, newspap: 5, establish: 4, offic: 6, child: 7, ombudsman: 3, creat: 3 } };
    const passage = (sentences: Array<{ terms: string[]; text: string; dated?: boolean }>) => ({ holds: () => true, isName: () => false, statesFigureOf: () => true, passageSentences: () => sentences.map((s) => ({ dated: false, ...s })), ...oneSection });
    const congress = { terms: ['polit', 'parti', 'hold', 'found', 'congress'], text: 'a political party must hold a founding congress' };
    const court = { terms: ['court', 'almati', 'found', 'guilti'], text: 'a court in Almaty found him guilty' };
    const tribuna = { terms: ['tribuna', 'newspap', 'target', 'sinc', 'found', '2012'], text: 'The Tribuna newspaper has been a target since its founding in 2012', dated: true };
    // Any party's founding congress is not this party's founding; "found … guilty" is no founding at all.
    expect(coverageOf(parseQuery('who founded the tribuna party', made), passage([congress, tribuna])).covered).toBe(false);
    expect(coverageOf(parseQuery('when was the court in almaty founded', made), passage([court])).covered).toBe(false);
    expect(coverageOf(parseQuery('when was the tribuna newspaper founded', made), passage([court, tribuna])).covered).toBe(true);
    // Any word of making answers any origin question ("who created…": "a decree to establish…").
    const decree = { terms: ['decre', 'establish', 'offic', 'child', 'ombudsman'], text: 'a decree to establish the office of the child ombudsman' };
    expect(coverageOf(parseQuery('who created the child ombudsman', made), passage([decree])).covered).toBe(true);
    // "who found … guilty" asks who judged; without passages to ask, the known share decides.
    expect(coverageOf(parseQuery('who found the tribuna newspaper guilty', { ...made, documentFrequency: { ...made.documentFrequency, guilti: 5 } }), passage([])).covered).toBe(true);
    expect(coverageOf(parseQuery('who founded the tribuna party', made)).covered).toBe(true);
    // "when was X founded" asks for a date: a founding named without one does not answer it, though "who" it may (round 34).
    const undated = { ...congress, terms: [...congress.terms, 'almati'], text: 'a political party must hold a founding congress in Almaty' };
    expect(coverageOf(parseQuery('when was almaty founded', made), passage([undated])).covered).toBe(false);
    expect(coverageOf(parseQuery('when was almaty founded', made), passage([{ ...undated, dated: true }])).covered).toBe(true);
  });

  it('refuses a question asking a distance when no answering sentence states a length with one of its places', () => {
    const places: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, citi: 5, almati: 4, astana: 4, deleg: 2, prison: 9, hometown: 1, mile: 1, far: 2, ahead: 1, told: 1 } };
    const passage = (sentences: Array<{ terms: string[]; text: string }>) => ({ holds: () => true, isName: () => false, statesFigureOf: () => true, passageSentences: () => sentences.map((s) => ({ dated: false, ...s })), ...oneSection });
    const delegates = { terms: ['1000', 'deleg', 'citi', 'astana', 'almati'], text: '1,000 delegates from the cities of Astana and Almaty' };
    const miles = { terms: ['prison', '1240', 'mile', 'hometown'], text: 'a northern prison 1,240 miles from their hometown' };
    // A figure beside both cities counts delegates, not the way between them.
    expect(coverageOf(parseQuery('how far is almaty from astana', places), passage([delegates])).covered).toBe(false);
    expect(coverageOf(parseQuery('how far was the prison from their hometown', places), passage([delegates, miles])).covered).toBe(true);
    // "how far ahead" asks for a time, not a distance.
    expect(coverageOf(parseQuery('how far ahead must the cities of astana and almaty be told', places), passage([delegates])).covered).toBe(true);
  });

  it('refuses a question asking a population when no answering sentence states a count of people', () => {
    const people: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, popul: 3, internet: 2, access: 4, percent: 6, refuge: 3, citi: 5, share: 3 } };
    const passage = (sentences: Array<{ terms: string[]; text: string }>) => ({ holds: () => true, isName: () => false, statesFigureOf: () => true, passageSentences: () => sentences.map((s) => ({ dated: false, ...s })), ...oneSection });
    const share = { terms: ['70', 'percent', 'popul', 'internet', 'access'], text: '70 percent of the population had internet access' };
    const count = { terms: ['popul', '18', 'million'], text: 'a population of 18 million' };
    // A share of the population is no population.
    expect(coverageOf(parseQuery('what is the population of the city', people), passage([share])).covered).toBe(false);
    expect(coverageOf(parseQuery('what is the population of the city', people), passage([share, count])).covered).toBe(true);
    // Asking the share is another question, which the share answers.
    expect(coverageOf(parseQuery('what share of the population had internet access', people), passage([share])).covered).toBe(true);
  });

  it('refuses a question asking the role of a body when no answering sentence holds all its words, and answers one that does', () => {
    const bodies: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, committe: 4, nation: 9, secur: 6, plai: 3, role: 3, border: 2, parti: 8, function: 2, world: 2, bank: 2 } };
    const passage = (sentences: Array<{ terms: string[]; text: string }>) => ({ holds: () => true, isName: () => false, statesFigureOf: () => true, passageSentences: () => sentences.map((s) => ({ dated: false, ...s })), ...oneSection });
    const knb = { terms: ['committe', 'nation', 'secur', 'plai', 'role', 'border'], text: 'The Committee for National Security plays a role in border security' };
    const parties = { terms: ['six', 'function', 'parti'], text: 'leaving six functioning parties' };
    const bank = { terms: ['world'], text: 'around the world' };
    expect(coverageOf(parseQuery('what is the role of the committee for national security', bodies), passage([knb])).covered).toBe(true);
    // "functioning parties" and "the world" in two sentences say nothing of the World Bank's function.
    expect(coverageOf(parseQuery('what is the function of the world bank', bodies), passage([parties, bank])).covered).toBe(false);
    expect(coverageOf(parseQuery('what is the function of the world bank', bodies), passage([{ terms: ['world', 'bank', 'lend'], text: 'the World Bank lends' }])).covered).toBe(true);
    // Without passages to ask, the known share decides.
    expect(coverageOf(parseQuery('what is the function of the world bank', bodies)).covered).toBe(true);
  });

  it('refuses a question asking what a word means or where something comes from, when no answering sentence defines or dates it', () => {
    const words: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, ombudsman: 3, receiv: 5, complaint: 6, tortur: 8, domest: 4, legal: 9, definit: 1, tribuna: 2, newspap: 5, target: 2, sinc: 3, found: 5, histori: 2, word: 4, mean: 4 } };
    const passage = (sentences: Array<{ terms: string[]; text: string; dated?: boolean }>) => ({ holds: () => true, isName: () => false, statesFigureOf: () => true, passageSentences: () => sentences.map((s) => ({ dated: false, ...s })), ...oneSection });
    const received = { terms: ['ombudsman', 'receiv', 'complaint'], text: 'The ombudsman received 106 complaints' };
    const defined = { terms: ['domest', 'legal', 'definit', 'tortur'], text: 'the domestic legal definition of torture' };
    const tribuna = { terms: ['tribuna', 'newspap', 'target', 'sinc', 'found'], text: 'The Tribuna newspaper has been a target since its founding' };
    // What the ombudsman did is no definition of the word; the report's own definition of torture answers.
    expect(coverageOf(parseQuery('what does the word ombudsman mean', words), passage([received, defined])).covered).toBe(false);
    expect(coverageOf(parseQuery('what is the definition of torture', words), passage([received, defined])).covered).toBe(true);
    expect(coverageOf(parseQuery('history of the tribuna newspaper', words), passage([tribuna])).covered).toBe(true);
    expect(coverageOf(parseQuery('history of the tribuna newspaper', words), passage([received])).covered).toBe(false);
    // Without passages to ask, the known share decides.
    expect(coverageOf(parseQuery('what does the word ombudsman mean', words)).covered).toBe(true);
  });

  it('refuses a question asking the penalty for an offence, when no answering sentence states a penalty with the offence as typed', () => {
    const offences: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, punish: 5, kill: 4, death: 6, sentenc: 7, spousal: 1, assault: 3, kidnap: 2, prison: 9, year: 9 } };
    const passage = (sentences: Array<{ terms: string[]; text: string; dated?: boolean }>) => ({ holds: () => true, isName: () => false, statesFigureOf: () => true, passageSentences: () => sentences.map((s) => ({ dated: false, ...s })), ...oneSection });
    const killing = { terms: ['sentenc', 'kill', 'prison', 'year'], text: 'sentenced to 10 years in prison for the killing' };
    const assault = { terms: ['maximum', 'sentenc', 'spousal', 'assault', 'prison'], text: 'the maximum sentence for spousal assault' };
    const kidnapping = { terms: ['prison', 'sentenc', 'kidnap'], text: 'a prison sentence of eight to 10 years for kidnapping' };
    // "murder" stands in for "killing" in the known share, but the report never states its penalty.
    expect(coverageOf(parseQuery('what is the punishment for spousal assault', offences), passage([killing, assault])).covered).toBe(true);
    expect(coverageOf(parseQuery('what is the punishment for kidnap', offences), passage([killing, assault])).covered).toBe(false);
    // The offence in another form of the same word (a typo stemmed apart: "kidnappping") still counts.
    expect(coverageOf(parseQuery('prison sentence for kidnapper', { ...offences, documentFrequency: { ...offences.documentFrequency, kidnapp: 1 } }), passage([kidnapping])).covered).toBe(true);
    expect(coverageOf(parseQuery('what is the punishment for kidnap', offences)).covered).toBe(true);
  });

  it('does not refuse a "how many" question counting an everyday noun after the words that qualify it: the report counts persons', () => {
    const counts: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, stateless: 3, peopl: 9 }, specificity: (w) => (w === 'people' ? 0.37 : 0.8) };
    const passage = { holds: () => true, isName: () => false, statesFigureOf: () => false, ...oneSection };
    // "approximately 6,000 persons were … registered … as stateless": no figure before "stateless" or "people".
    expect(coverageOf(parseQuery('how many stateless people are there', counts), passage).covered).toBe(true);
    expect(coverageOf(parseQuery('how many stateless are there', counts), passage).covered).toBe(false);
  });

  it('refuses a question asking when something happened when no dated sentence of its passages holds two of its words', () => {
    const dates: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, constitut: 6, adopt: 2, amend: 4, strike: 5, worker: 9, start: 3 } };
    // `dated`: the terms of the answering passages' sentences that state a date.
    const passage = (dated: string[][]) => ({ holds: () => true, isName: () => false, statesFigureOf: () => true, datedSentences: () => dated, ...oneSection });
    const adopted = parseQuery('when was the constitution adopted', dates);
    // "the 2007 constitutional amendments" and "a regulator adopted a new technology" in 2010: dates of other things.
    expect(coverageOf(adopted, passage([['2007', 'constitut', 'amend'], ['regul', 'adopt', '2010']])).covered).toBe(false);
    expect(coverageOf(adopted, passage([['constitut', 'adopt', '1995']])).covered).toBe(true);
    // Two of the question's words suffice ("initiated a hunger strike" on January 5 answers "start"); one word is the question.
    expect(coverageOf(parseQuery('when did the workers start the strike', dates), passage([['januari', 'worker', 'strike']])).covered).toBe(true);
    expect(coverageOf(parseQuery('when was the constitution amended', dates), passage([])).covered).toBe(false);
    expect(coverageOf(parseQuery('when was the constitution', dates), passage([])).covered).toBe(true);
    // "when does…" asks for a condition, not a date; without passages to ask, the known share decides.
    expect(coverageOf(parseQuery('when does the constitution adopt amendments', dates), passage([])).covered).toBe(true);
    expect(coverageOf(adopted).covered).toBe(true);
  });

  it('refuses a question about the rate of something when no answering sentence states a figure with that something', () => {
    const rates: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, tax: 3, incom: 4, tuberculosi: 2, prison: 9 } };
    const passage = (figures: string[]) => ({ holds: () => true, isName: () => false, statesFigureOf: (t: string) => figures.includes(t), ...oneSection });
    // "declare their income … to tax authorities": the report names taxes, and states no rate of them.
    expect(coverageOf(parseQuery('what is the income tax rate', rates), passage(['incom'])).covered).toBe(false);
    expect(coverageOf(parseQuery('what is the income tax rate', rates), passage(['tax'])).covered).toBe(true);
    // "tuberculosis incidence declined 37 percent": a figure with the word the rate is of.
    expect(coverageOf(parseQuery('tuberculosis rate in prisons', rates), passage(['tuberculosi'])).covered).toBe(true);
    expect(coverageOf(parseQuery('tuberculosis in prisons', rates), passage([])).covered).toBe(true);
  });

  it('refuses a short question whose words the first passages hold one by one, in three parts of the report', () => {
    const religion: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, main: 4, religion: 3, goal: 2, discrimin: 5 }, specificity: (w) => (w === 'main' ? 0.56 : 0.73) };
    const query = parseQuery('what is the main religion', religion);
    const passages = (first: string[][], parts: number) => ({ holds: () => true, isName: () => false, statesFigureOf: () => true, first: () => ({ sentences: first, headings: [] }), parts: () => parts, passages: 3, ...together });
    // "the main goal of which…" first, then "religion" in two other sections' lists: found word by word.
    expect(coverageOf(query, passages([['main', 'goal']], 3)).covered).toBe(false);
    // Three topical words are still a short question.
    expect(coverageOf(parseQuery('what is the main state religion', { ...religion, documentFrequency: { ...religion.documentFrequency, state: 6 } }), passages([['main', 'goal']], 3)).covered).toBe(false);
    // The same passages within two sections, or a first passage holding the focus word: a topic the report treats.
    expect(coverageOf(query, passages([['main', 'goal']], 2)).covered).toBe(true);
    expect(coverageOf(query, passages([['main', 'goal'], ['religion', 'discrimin']], 3)).covered).toBe(true);
    // A longer question spreads its words more: it is not judged so (its first passage, without the
    // focus and under half of the question in a sentence, would be a scattered answer).
    expect(coverageOf(parseQuery('what is the main religion of prison guards and police', religion), passages([['main', 'goal'], ['polic']], 3)).covered).toBe(true);
  });

  it('covers a long question in everyday words when its first passage holds its known words together', () => {
    // Five of eight words known: under the cut alone, though the passage a user is shown holds all five.
    const device: Vocabulary = { ...vocabulary, documentFrequency: Object.fromEntries(termsOf('lawyer find device room detention').map((t) => [t, 2])) };
    const query = parseQuery('did a lawyer find a hidden listening device in a room at a detention centre', device);
    const all = termsOf('lawyer found device room detention');
    const passage = (first: string[]) => ({ holds: (t: string) => all.includes(t), isName: () => false, statesFigureOf: () => true, first: () => ({ sentences: [first], headings: [] }), parts: () => 1, passages: 3, ...together });
    expect(coverageOf(query).covered).toBe(false);
    expect(coverageOf(query, passage(all)).covered).toBe(true);
    // The first passage holds two of them, the others are further down: not held together.
    expect(coverageOf(query, passage(termsOf('lawyer room'))).covered).toBe(false);
    // A short question is judged by its known share alone, as before.
    expect(coverageOf(parseQuery('hidden listening device', device), passage(termsOf('device'))).covered).toBe(false);
  });

  it('refuses a long question of known words that the first three passages hold too little of', () => {
    const service: Vocabulary = { ...vocabulary, documentFrequency: Object.fromEntries(termsOf('long compulsory military service young men refuse').map((t) => [t, 2])) };
    const query = parseQuery('how long is compulsory military service for young men and can they refuse it', service);
    const passages = (held: string[]) => ({ holds: (t: string) => held.includes(t), isName: () => false, statesFigureOf: () => true, first: () => ({ sentences: [held], headings: [] }), parts: () => 1, passages: 3, ...together });
    // Every word is the report's, so the known share alone covers it; the answering passages hold two of seven.
    expect(coverageOf(query).covered).toBe(true);
    expect(coverageOf(query, passages(termsOf('military service'))).covered).toBe(false);
    expect(coverageOf(query, passages(termsOf('long compulsory military service young men refuse'))).covered).toBe(true);
  });

  it('counts a name held by the first passage of a long question as its setting, not its topic', () => {
    // A rare place name outweighs everyday words, as "almaty" (0.95) does "room" (0.62) in general English.
    const hotel: Vocabulary = {
      ...vocabulary,
      documentFrequency: Object.fromEntries(termsOf('book room almaty two').map((t) => [t, 2])),
      specificity: (w) => (w === 'almaty' ? 0.95 : w === 'two' ? 0.35 : 0.7),
    };
    const query = parseQuery('book a hotel room in almaty for two nights', hotel);
    const first = termsOf('room almaty two');
    const passage = (isName: (w: string) => boolean, isProperName = isName) => ({ holds: (t: string) => first.includes(t) || t === 'book', statesFigureOf: () => true, first: () => ({ sentences: [first], headings: [] }), parts: () => 1, passages: 3, ...together, isName, isProperName });
    // "Almaty" in a passage on a detention centre's conference room: a place, as a capitalised name would be.
    expect(coverageOf(query, passage(() => false)).covered).toBe(true);
    expect(coverageOf(query, passage((w) => w === 'almaty')).covered).toBe(false);
    // Written only capitalised but no place or person in WordNet (a brand: "Facebook"), it is the topic (round 47).
    expect(coverageOf(query, passage((w) => w === 'almaty', () => false)).covered).toBe(true);
  });

  it('keeps the other scalings in force on a long question', () => {
    const office: Vocabulary = { ...vocabulary, documentFrequency: Object.fromEntries(termsOf('renew passport migration police office').map((t) => [t, 2])) };
    const all = termsOf('renew passport migration police office');
    const passage = { holds: (t: string) => all.includes(t), isName: () => false, statesFigureOf: () => true, first: () => ({ sentences: [all], headings: [] }), parts: () => 1, passages: 3, ...together };
    // Every word known and held together in the first passage, yet a request for advice.
    expect(coverageOf(parseQuery('where is the migration police office to renew a passport', office), passage).covered).toBe(true);
    expect(coverageOf(parseQuery('how do I renew my passport at the migration police office', office), passage).covered).toBe(false);
  });

  it('scales down requests for advice, which a report never answers', () => {
    const passports: Vocabulary = { ...vocabulary, documentFrequency: Object.fromEntries(termsOf('renew passport online').map((t) => [t, 2])) };
    const covered = (q: string) => coverageOf(parseQuery(q, passports)).covered;
    expect(covered('renew passport online')).toBe(true);
    expect(covered('how do I renew my passport online')).toBe(false);
    expect(covered('best online passport')).toBe(false);
  });

  it('scales down a request for the bot\'s opinion and a question about tomorrow or a timetable, which a report of a past year never answers', () => {
    const prisons: Vocabulary = { ...vocabulary, documentFrequency: Object.fromEntries(termsOf('prison system court open presidential election next day know time limit').map((t) => [t, 2])) };
    const covered = (q: string) => coverageOf(parseQuery(q, prisons)).covered;
    for (const q of ['what do you think about the prison system', "what's your opinion of the prison system", 'how do you feel about the prison system', 'do you agree with the prison system', 'what time does the court open', 'court open tomorrow', 'is the court open on sunday', 'when is the next presidential election', 'presidential election next year'])
      expect([q, covered(q)]).toEqual([q, false]);
    // What the report says, a past election, the next day of a narrative: described.
    for (const q of ['what do you know about the prison system', 'the prison system', 'when was the presidential election', 'what did the court do the next day', 'what time limit does the court have'])
      expect([q, covered(q)]).toEqual([q, true]);
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

  it('recognises talk about the bot whatever its case and apostrophes, but only as the whole query', () => {
    const small = (q: string) => isSmallTalk(parseQuery(q, vocabulary) as ParsedQuery);
    for (const q of ['That’s not what I asked!', 'WHAT COMMANDS DO YOU HAVE?', 'Ok, try again', 'Hmm, which report is this?', 'repeat that']) expect(small(q)).toBe(true);
    for (const q of ['that’s not what I asked about prisons', 'which report is this passage from', 'try again to register a party']) expect(small(q)).toBe(false);
  });

  it('reads a query about the bot word by word exactly as splitting it into words did', () => {
    // The split it replaced: every word one of the bot's or a function word, and one addressing it.
    // Whether one word is the bot's is asked of the word beside "you", which addresses it.
    const address = ['you', 'your', 'yours', 'this', 'that', 'it', 'i', 'me', 'my', 'bot', 'report'];
    const botWord = (w: string) => isAboutTheBot(`${w} you`);
    const reference = (lower: string) => {
      const words = lower.split(/[^a-z]+/).filter((w) => w !== '');
      return words.some((w) => address.includes(w)) && words.every(botWord);
    };
    for (const w of ['what', 'answer', 'wrong', 's', 'bot', 'report']) expect(botWord(w), w).toBe(true);
    for (const w of ['torture', 'prison', 'pizza', 'yo', 'reportx']) expect(botWord(w), w).toBe(false);
    const word = fc.constantFrom('you', 'it', 'i', 'bot', 'report', 'what', 'can', 'do', 'how', 'answer', 'wrong', 's', 'torture', 'prison', 'pizza', 'yo', 'reports', 'bots');
    const between = fc.constantFrom(' ', '  ', "'", '’', ',', '?', '!', '-', 'é', '1', '', 'A');
    fc.assert(
      fc.property(fc.array(fc.tuple(between, word), { maxLength: 7 }), between, (parts, end) => {
        const lower = parts.map(([b, w]) => b + w).join('') + end;
        expect(isAboutTheBot(lower), lower).toBe(reference(lower));
      }),
      { numRuns: 5000 },
    );
  });
});

/**
 * Whether `text` writes `word` only as a name, looked up word by word: every whole-word occurrence
 * (in any case) capitalised, and at least one. The reference `namesIn` is checked against.
 */
function writesOnlyCapitalised(text: string, word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return false;
  const isWordCharacter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let capitalised = false;
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (isWordCharacter(text[at - 1]) || isWordCharacter(text[at + word.length])) continue;
    if (text[at] === word[0]) return false;
    capitalised = true;
  }
  return capitalised;
}
