import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadQuestions } from '../../bench/quality.js';
import { packageRoot } from '../../src/paths.js';
import { termsOf, tokenize } from '../../src/search/analysis.js';
import { AMBIGUOUS_WORDS } from '../../src/search/ambiguous-words.js';
import { ReportNames } from '../../src/search/coverage.js';
import { loadOrBuildIndex } from '../../src/search/index-build.js';
import { ReportNeighbours } from '../../src/search/neighbours.js';
import { englishSpelling } from '../../src/search/service.js';
import { parseQuery, TYPED_WORDS_REMEMBERED, typedWordOf, type TypedWord, type Vocabulary } from '../../src/search/query.js';
import { Thesaurus } from '../../src/search/thesaurus.js';
import { WordNet } from '../../src/search/wordnet.js';
import { WordVectors } from '../../src/search/word-vectors.js';
import { REPORT_DIR } from '../helpers.js';

// The parser remembers what it reads of each typed word (`Vocabulary.typedWords`, round 19 of the speed
// work). What it remembers depends on the word and the report alone, so a parse must equal the parse of
// a vocabulary that remembers nothing, whichever queries the memo saw before and in whatever order.

const index = loadOrBuildIndex(REPORT_DIR).report(0);
const vectors = WordVectors.load()!;
const wordnet = new WordNet();
const english = englishSpelling(vectors, (w) => wordnet.senses(w));
const neighbours = new ReportNeighbours(vectors, () => index.termWords, index.documentFrequency, index.report.paragraphs.length);
const names = new ReportNames(() => index.report.paragraphs.map((p) => p.text).join('\n'), index.names);
/** The service's vocabulary for the report (`ReportSearch`), without any memo. */
const plain = (): Vocabulary => ({
  documentFrequency: index.documentFrequency,
  senses: (w) => wordnet.senses(w),
  // A word's derivational relatives the report writes ("strikers": strike), remembered per typed word.
  derived: (w) => wordnet.derived(w),
  ambiguous: (w) => AMBIGUOUS_WORDS.has(w),
  english,
  ignored: new Set(termsOf(index.report.info.country)),
  thesaurus: Thesaurus.load(),
  words: index.termWords,
  neighbours: (w) => neighbours.of(w),
  specificity: (w) => neighbours.specificity(w),
  // Compounds the report writes in two ("gunshot": gun-shot) are split, and remembered per typed word.
  writes: (phrase) => names.writes(phrase),
});

const questionsDir = join(packageRoot(), 'bench', 'questions');
const questions = readdirSync(questionsDir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => loadQuestions(join(questionsDir, f)).map((q) => q.query));
/** Typed words of every kind: the report's, unknown ones, typos, names, contractions, possessives, capitals. */
const surfaces = [...new Set(questions.flatMap((q) => tokenize(q).map((t) => t.surface)))];
const word = fc.oneof(
  fc.constantFrom(...surfaces),
  fc.constantFrom(...surfaces).map((w) => w[0]!.toUpperCase() + w.slice(1)),
  fc.constantFrom(...surfaces).map((w) => `${w}'s`),
  fc.constantFrom(...surfaces).map((w) => (w.length > 4 ? w.slice(0, 2) + w.slice(3) : w)),
  fc.constantFrom("don't", "I've", 'cant', 'ur', 'Kazakhstan', 'kazakstan', 'Almaty', 'Germany', 'wat'),
  // Typos of everyday words the report does not write: corrected to a word WordNet expands.
  fc.constantFrom('kidz', 'chidlren', 'beatting', 'hapiness', 'sholars', 'goverment', 'theives'),
  // Compounds the report writes in two words.
  fc.constantFrom('gunshot', 'healthcare', 'Healthcare'),
  // Words the report writes in another form (`derivedTerms`).
  fc.constantFrom('strikers', 'senatorial', 'Strikers', 'imprisonment', 'journalistic'),
);
const query = fc.oneof(fc.constantFrom(...questions), fc.array(word, { minLength: 1, maxLength: 7 }).map((ws) => ws.join(' ')));

describe('the typed words a vocabulary remembers', () => {
  it('parse every query as a vocabulary that remembers nothing does, after any earlier queries', () => {
    const reference = plain();
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 6 }), (asked) => {
        const remembering: Vocabulary = { ...plain(), typedWords: new Map() };
        for (const q of asked) expect(parseQuery(q, remembering)).toEqual(parseQuery(q, reference));
      }),
      { numRuns: 150 },
    );
  });

  it('hold what a fresh reading of the word gives, and a second reading is the one remembered', () => {
    const remembering: Vocabulary = { ...plain(), typedWords: new Map() };
    fc.assert(
      fc.property(word, (surface) => {
        const once: TypedWord = typedWordOf(surface, remembering);
        expect(typedWordOf(surface, remembering)).toBe(once);
        const fresh = typedWordOf(surface, plain());
        // A query may have added the word's WordNet expansion, family, compound split and relatives to the remembered one since.
        expect({ ...once, senses: undefined, family: undefined, compound: undefined, derived: undefined }).toEqual(fresh);
      }),
      { numRuns: 300 },
    );
  });

  it("read a word's derivational relatives once, and parse as without the memo after", () => {
    // Issue 13 round 47: each relative was sliced and stemmed again for every query typing the word.
    let asked = 0;
    const base = plain();
    const remembering: Vocabulary = {
      ...base,
      typedWords: new Map(),
      derived: (w) => {
        asked++;
        return base.derived!(w);
      },
    };
    const q = 'were the strikers paid';
    const first = parseQuery(q, remembering);
    expect(asked).toBeGreaterThan(0);
    expect(typedWordOf('strikers', remembering).derived).toBeDefined();
    const afterFirst = asked;
    expect(parseQuery(q, remembering)).toEqual(first);
    expect(asked).toBe(afterFirst);
    expect(first).toEqual(parseQuery(q, plain()));
  });

  it('stay within their bound however many different words are typed', () => {
    const remembering: Vocabulary = { ...plain(), typedWords: new Map() };
    for (let i = 0; i <= TYPED_WORDS_REMEMBERED + 10; i++) typedWordOf(`w${i}`, remembering);
    expect(remembering.typedWords!.size).toBeLessThanOrEqual(TYPED_WORDS_REMEMBERED);
    expect(remembering.typedWords!.size).toBeGreaterThan(0);
  });
});
