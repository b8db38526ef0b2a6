import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanQuery, compoundsOf, isCapitalised, isContractedFunctionWord, correctTypo, correctWord, damerauLevenshtein, KNOWN, parseQuery, sharesRoot, type Vocabulary } from '../../src/search/query.js';
import { normalize, termOf } from '../../src/search/analysis.js';
import { referenceCommonSubsequence, referenceDistance } from './edit-reference.js';

const vocabulary: Vocabulary = {
  documentFrequency: { tortur: 20, complaint: 12, foreign: 30, prison: 15, child: 25, strike: 8, marriag: 4 },
  senses: () => null,
  ignored: new Set(['kazakhstan']),
};

describe('understanding a chat query', () => {
  it('folds case, accents and curly quotes, and drops question and stop words', () => {
    const q = parseQuery('What about TÖRTURE and the “complaints”?', vocabulary);
    expect(q.terms.map((t) => t.term)).toEqual(['tortur', 'complaint']);
  });

  it('pulls out section: filters and quoted phrases', () => {
    const q = parseQuery('section:7a "right to strike" strike', vocabulary);
    expect(q.sections).toEqual(['7a']);
    expect(q.phrases).toEqual(['right to strike']);
    expect(q.terms.map((t) => t.term)).toContain('strike');
  });

  it('removes control characters and collapses white space', () => {
    expect(cleanQuery('  torture\u0000\u0007\n\tcomplaints\u200b ')).toBe('torture complaints');
  });

  it('cleans printable ASCII, which skips the Unicode pattern, exactly as the full rule does any text', () => {
    const full = (raw: string) => raw.replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ').replace(/\s+/g, ' ').trim();
    // The edges of printable ASCII, controls and format characters just outside it, and white space of other scripts.
    const edges = fc.constantFrom(' ', '~', '!', 'a', '\u001f', '\u007f', '\u0080', '\u009f', '\u00a0', '\u00ad', '\u200b', '\u2028', '\u2029', '\u3000', '\ufeff', '\t', '\n', '\r', '\u0000');
    // Printable ASCII alone too, with spaces alone and in runs.
    const ascii = fc.string({ unit: fc.constantFrom(' ', ' ', ' ', 'a', 'Z', '~', '!'), maxLength: 20 });
    const text = fc.oneof(ascii, fc.string({ unit: fc.oneof(edges, fc.string({ minLength: 1, maxLength: 1 })), maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(fc.property(text, (raw) => cleanQuery(raw) === full(raw)), { numRuns: 5000 });
  });

  it('tells a capitalised word exactly as the Unicode pattern does, deciding ASCII without it', () => {
    const pattern = /^\p{Lu}\p{Ll}+$/u;
    const unit = fc.constantFrom('A', 'Z', 'a', 'z', 'm', '@', '[', '`', '{', '1', "'", '-', 'É', 'é', 'Ö', 'ß', 'Σ', 'ς', 'İ', 'ı', '\u212A', 'ǅ', '𝐀', '𝐚', '中');
    fc.assert(fc.property(fc.oneof(fc.string({ unit, maxLength: 6 }), fc.string({ maxLength: 6 })), (word) => isCapitalised(word) === pattern.test(word)), { numRuns: 10000 });
    for (const word of ['Almaty', 'Ö', 'Öl', 'A', 'AB', 'Ab', 'Abé', 'AbC', '']) expect(isCapitalised(word), word).toBe(pattern.test(word));
  });

  it('pulls out filters and phrases exactly as their patterns did, in any case and with any quotes', () => {
    // What parseQuery did before it looked for "section:" and quotes first (the patterns then ran on every query).
    const reference = (clean: string) => {
      const sections: string[] = [];
      const phrases: string[] = [];
      clean.replace(/\bsection:\s*(\S+)/gi, (_, ref: string) => (sections.push(ref), ' ')).replace(/["“”]([^"“”]+)["“”]/g, (_, phrase: string) => {
        const normalised = normalize(phrase).replace(/\s+/g, ' ').trim();
        if (normalised) phrases.push(normalised);
        return ` ${phrase} `;
      });
      return { sections, phrases };
    };
    const piece = fc.constantFrom('section:', 'SECTION:', 'Section: ', 'ſection:', 'sectio', 'n:', 'section', ':', '"', '“', '”', '„', ' ', 'strike', 'right to', '7a', 'Ö', 'İ', '\u212A');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const clean = cleanQuery(pieces.join(''));
        const { sections, phrases } = reference(clean);
        const q = parseQuery(clean, vocabulary);
        expect(q.sections).toEqual(sections);
        expect(q.phrases).toEqual(phrases);
      }),
      { numRuns: 3000 },
    );
  });

  it('corrects a typo to the closest word of the report, weighted below a typed word', () => {
    const q = parseQuery('torure complaints', vocabulary);
    expect(q.terms.find((t) => t.term === 'tortur')).toMatchObject({ origin: 'corrected' });
    expect(correctTypo(termOf('foriegn')!, vocabulary.documentFrequency)).toBe('foreign');
  });

  it('corrects a typo word to word, so a stem cut short does not land on a different word', () => {
    // Stems: "stateles" → "statel", one edit from "state"; "maried" → "mari", too short to correct.
    const words = { state: 'state', stateless: 'stateless', mark: 'marked', marri: 'married', person: 'persons' };
    const df = { state: 40, stateless: 6, mark: 9, marri: 3, person: 90 };
    expect(correctWord('stateles', words, df)).toBe('stateless');
    // Tied at one edit, "married" keeps every typed letter and "marked" does not.
    expect(correctWord('maried', words, df)).toBe('marri');
    expect(correctWord('pizza', words, df)).toBeUndefined();
    const q = parseQuery('stateles persons', { ...vocabulary, documentFrequency: df, words });
    expect(q.terms.find((t) => t.origin === 'corrected')?.term).toBe('stateless');
  });

  it("drops negated auxiliaries (can't, couldn't, haven't) like the stop words they are", () => {
    expect(parseQuery("prisoners can't strike, couldn’t appeal", vocabulary).words.map((w) => w.word)).toEqual(['prisoners', 'strike', 'appeal']);
  });

  it('drops function words spelt as in chat ("u", "ur", "r") like the words they stand for', () => {
    expect(parseQuery('can ur boss fire u', { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, boss: 1, fire: 2 } }).words.map((w) => w.word)).toEqual(['boss', 'fire']);
    expect(parseQuery('r prison conditions bad', vocabulary).words.map((w) => w.word)).toEqual(['prison', 'conditions', 'bad']);
  });

  it("drops a pronoun's contraction (you're, they'd, I've, he'll) like the pronoun it is", () => {
    expect(parseQuery("they'd strike if you're detained, I've heard he'll appeal", vocabulary).words.map((w) => w.word)).toEqual(['strike', 'detained', 'heard', 'appeal']);
  });

  it('tells contracted function words exactly as the patterns they replaced did, in any case and with either apostrophe', () => {
    // The patterns the sets replaced (compiling them was a quarter of a millisecond of the first query).
    const negated = /^(?:ca|could|should|would|must|might|need|have|has|had|ai|sha|do|does|did|is|are|was|were|wo)n['’]?t$/i;
    const pronoun = /^(?:i|you|we|they|he|she|it|that|there|here|who|what|where|when|how|why)['’](?:m|re|ve|d|ll|s)$/i;
    const oracle = (w: string) => negated.test(w) || pronoun.test(w);
    for (const w of ["can't", 'CANT', 'couldn’t', "won't", "I'm", 'You’RE', "he'll", "it's", "isn't", "n't", "'t", "cann't", "can''t", "they'd've", 'want', 'event', 'İt’s', '\u212Aan’t']) expect(isContractedFunctionWord(w), w).toBe(oracle(w));
    const piece = fc.constantFrom('ca', 'CO', 'uld', 'n', 'N', 't', 'T', "'", '’', 'i', 'I', 'you', 're', 'll', 's', 'wo', 'he', 'x', 'İ', '\u212A', 'ſ', 'ou');
    fc.assert(fc.property(fc.array(piece, { maxLength: 6 }), (parts) => isContractedFunctionWord(parts.join('')) === oracle(parts.join(''))), { numRuns: 5000 });
  });

  it('never corrects short words, which are too easy to turn into something else', () => {
    expect(correctTypo('gay', vocabulary.documentFrequency)).toBeUndefined();
  });

  it('ignores the report country, which nearly every paragraph is about', () => {
    expect(parseQuery('kazakhstan prison', vocabulary).terms.map((t) => t.term)).toEqual(['prison']);
  });

  it('ignores another spelling of the report country that WordNet knows as a name (Kazakstan), not a name the report never writes', () => {
    const name = { synonyms: [], broader: [], definition: [], properName: true };
    const withNames: Vocabulary = { ...vocabulary, senses: (w) => (w === 'kazakstan' || w === 'pakistan' ? name : null) };
    expect(parseQuery('prison in kazakstan', withNames).words.map((w) => w.word)).toEqual(['prison']);
    // Another country stays a name: unknown, fully specific.
    expect(parseQuery('prison in pakistan', withNames).words.map((w) => [w.word, w.known])).toEqual([['prison', 1], ['pakistan', 0]]);
  });

  it('reads a word split by a hyphen as the one word the report writes, and leaves out a prefix the report never writes', () => {
    const words = (q: string) => parseQuery(q, { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, pretrial: 3, worker: 5, anti: 1, semit: 1 } }).words.map((w) => w.word);
    expect(words('pre-trial detention')).toEqual(['pretrial', 'detention']);
    expect(words('co-workers')).toEqual(['workers']);
    // A prefix the report writes stays a word; a hyphen with spaces around it joins nothing.
    expect(words('anti-semitism')).toEqual(['anti', 'semitism']);
    expect(words('pre - trial')).toEqual(['pre', 'trial']);
  });

  it('expands a word the report never uses through its senses', () => {
    const withSenses: Vocabulary = { ...vocabulary, senses: (w) => (w === 'kids' ? { synonyms: ['child'], broader: [], definition: [], properName: false } : null) };
    const q = parseQuery('kids', withSenses);
    expect(q.terms).toEqual([expect.objectContaining({ term: 'child', origin: 'expanded' })]);
    expect(q.terms[0]!.weight).toBeLessThan(1);
  });

  it("searches no vector neighbours of an everyday word of many senses the report does not use, but counts them for coverage", () => {
    const senses: Record<string, { synonyms: string[]; broader: string[]; definition: string[]; count: number; properName: boolean }> = {
      go: { synonyms: ['travel'], broader: [], definition: [], count: 35, properName: false },
      jail: { synonyms: [], broader: [], definition: [], count: 2, properName: false },
    };
    const near = { go: [{ term: 'come', similarity: 0.9 }], jail: [{ term: 'prison', similarity: 0.9 }] } as Record<string, { term: string; similarity: number }[]>;
    const withVectors: Vocabulary = { ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, come: 9, travel: 3 }, senses: (w) => senses[w] ?? null, neighbours: (w) => near[w] ?? [] };
    // "go" has 35 senses: its neighbour "come" is another everyday word, not a stand-in; WordNet's synonym stays.
    const go = parseQuery('go', withVectors);
    expect(go.terms.map((t) => t.term)).toEqual(['travel']);
    expect(go.words[0]!.known).toBeCloseTo(0.75);
    // "jail" has 2: its neighbour "prison" is searched.
    expect(parseQuery('jail', withVectors).terms.map((t) => t.term)).toEqual(['prison']);
  });

  it('knows a word the report writes in another form (a neighbour sharing its root) as well as a thesaurus entry, and a mere neighbour by its similarity', () => {
    const near = (term: string): Vocabulary => ({ ...vocabulary, documentFrequency: { ...vocabulary.documentFrequency, [term]: 2 }, neighbours: (w) => (w === 'sanitation' ? [{ term, similarity: 0.75 }] : []) });
    // "sanitation" stems to "sanit", "sanitary" to "sanitari": one word, which Porter leaves apart.
    expect(parseQuery('sanitation', near('sanitari')).words[0]!.known).toBe(KNOWN.thesaurus);
    expect(parseQuery('sanitation', near('hygien')).words[0]!.known).toBeCloseTo((0.75 - KNOWN.from) / (1 - KNOWN.from));
    // A shared opening shorter than a root ("air" of airline) is no evidence.
    expect(sharesRoot('airlin', 'air')).toBe(false);
    expect(sharesRoot('repres', 'represent')).toBe(true);
  });

  it('counts a typed word of very many senses at half weight: it says little of which passage is meant', () => {
    const ambiguous: Vocabulary = { ...vocabulary, documentFrequency: { run: 6, polic: 20 }, ambiguous: (w) => w === 'runs' };
    const q = parseQuery('who runs the police', ambiguous);
    expect(q.terms.find((t) => t.term === 'run')?.weight).toBeCloseTo(0.5);
    expect(q.terms.find((t) => t.term === 'polic')?.weight).toBe(1);
  });

  it('weighs "allowed to" in an "are … allowed to" question as its frame, not its topic, and still counts it for coverage', () => {
    const permission: Vocabulary = { ...vocabulary, documentFrequency: { allow: 30, refuge: 12, work: 40, permit: 10 } };
    const asked = parseQuery('are refugees allowed to work', permission);
    expect(asked.terms.find((t) => t.term === 'allow')?.weight).toBeCloseTo(0.3);
    expect(asked.terms.find((t) => t.term === 'refuge')?.weight).toBe(1);
    expect(asked.words.find((w) => w.word === 'allowed')).toMatchObject({ known: 1, topical: true });
    expect(parseQuery('is it permitted to strike', { ...permission, documentFrequency: { ...permission.documentFrequency, strike: 8 } }).terms.find((t) => t.term === 'permit')?.weight).toBeCloseTo(0.3);
    // Not a question's frame: a statement, or "allowed" naming what is allowed ("the protests allowed").
    expect(parseQuery('refugees allowed to work', permission).terms.find((t) => t.term === 'allow')?.weight).toBe(1);
    expect(parseQuery('are refugees allowed', permission).terms.find((t) => t.term === 'allow')?.weight).toBe(1);
  });
});

describe('compound words', () => {
  const isWord = (w: string) => ['wire', 'agree', 'govern', 'move'].includes(w);
  it('matches a word the report only uses inside a compound (tap → wiretap)', () => {
    expect(compoundsOf('tap', { wiretap: 3, tapestri: 1, tax: 9 }, isWord)).toEqual(['wiretap']);
  });

  it('gives up on a fragment found in many words', () => {
    expect(compoundsOf('ment', { agreement: 1, government: 1, movement: 1, payment: 1 }, isWord)).toEqual([]);
  });
});

describe('edit distance', () => {
  it('counts a transposition as one edit', () => {
    expect(damerauLevenshtein('foriegn', 'foreign')).toBe(1);
    expect(damerauLevenshtein('prison', 'prison')).toBe(0);
    expect(damerauLevenshtein('abc', 'xyz')).toBe(3);
  });

  // The distances reuse one scratch of rows between calls (and grow it for a longer word): each call
  // must still see only its own words, whatever the calls before it left there.
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'é'), maxLength: 12 });
  const anyWord = fc.oneof(word, fc.string({ unit: fc.constantFrom('a', 'b'), minLength: 60, maxLength: 140 }));

  it('is the textbook distance for any words, called in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyWord, anyWord, fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 8 }), (pairs) => {
        for (const [a, b, max] of pairs) {
          expect(damerauLevenshtein(a, b)).toBe(referenceDistance(a, b));
          const capped = damerauLevenshtein(a, b, max);
          if (referenceDistance(a, b) <= max) expect(capped).toBe(referenceDistance(a, b));
          else expect(capped).toBeGreaterThan(max);
        }
      }),
    );
  });

  it('corrects a typo to the word a fresh computation picks, after any other scans', () => {
    const vocab = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 3, maxLength: 9 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(vocab, fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 5, maxLength: 9 }), { minLength: 1, maxLength: 4 }), anyWord, (terms, typos, long) => {
        const words = Object.fromEntries(terms.map((t) => [t, t]));
        const frequency = Object.fromEntries(terms.map((t, i) => [t, (i * 7) % 5]));
        damerauLevenshtein(long, long.slice(1));
        for (const typo of typos) expect(correctWord(typo, words, frequency)).toBe(referenceCorrection(typo, words, frequency));
      }),
    );
  });
});

/** `correctWord`'s rule spelt out: the closest word (1 edit for 5–6 letters, 2 from 7), then the most typed letters kept, then the commoner, then the first. */
function referenceCorrection(word: string, words: Record<string, string>, frequency: Record<string, number>): string | undefined {
  if (word.length < 5) return undefined;
  const max = word.length >= 7 ? 2 : 1;
  let best: { term: string; d: number; kept: number; f: number } | undefined;
  for (const term in words) {
    const d = referenceDistance(word, words[term]!);
    if (d > max) continue;
    const kept = referenceCommonSubsequence(word, words[term]!);
    const f = frequency[term] ?? 0;
    if (!best || d < best.d || (d === best.d && (kept > best.kept || (kept === best.kept && f > best.f)))) best = { term, d, kept, f };
  }
  return best?.term;
}

describe('the counted noun of a "how many" question', () => {
  const counting = { documentFrequency: { labor: 3, inspector: 2, ministri: 5, prison: 4, close: 2 }, senses: () => null, ignored: new Set<string>() };
  it('is the words after "how many" or "number of", up to the first function word', () => {
    const q = parseQuery('how many labor inspectors did the ministry have', counting);
    const words = q.counted.map((w) => q.terms.find((t) => t.word === w)?.term);
    expect(words).toEqual(['labor', 'inspector']);
    const n = parseQuery('number of prisons closed', counting);
    expect(n.counted.map((w) => n.terms.find((t) => t.word === w)?.term)).toEqual(['prison', 'close']);
  });
  it('is empty when the question counts nothing', () => {
    expect(parseQuery('labor inspectors', counting).counted).toEqual([]);
  });
});

describe('the asked action of a "who" question', () => {
  const acting = { documentFrequency: { charg: 3, investig: 4, polit: 9, prison: 4, krivenko: 1, fine: 2, worker: 6 }, senses: () => null, ignored: new Set<string>() };
  const action = (query: string) => {
    const q = parseQuery(query, acting);
    return q.asked === undefined ? undefined : q.terms.find((t) => t.word === q.asked)?.term;
  };
  it('is the word right after "who", or after "who" and one auxiliary', () => {
    expect(action('who investigated the fines')).toBe('investig');
    expect(action('who was charged over Krivenko')).toBe('charg');
    expect(action('Who has fined workers')).toBe('fine');
  });
  it('is none when "who" is not followed by the verb, or the question does not ask who', () => {
    expect(action('who are the political prisoners')).toBeUndefined();
    expect(action('who')).toBeUndefined();
    expect(action('what charges did Krivenko face')).toBeUndefined();
    expect(action('prisoners who were charged')).toBeUndefined();
  });
});

describe('a question asking for the most of something', () => {
  const upper = (query: string) => parseQuery(query, vocabulary).wantsUpperBound;
  it('is one when it asks for a maximum, the longest or an extension, or for the largest figure or penalty', () => {
    expect(upper('max pretrial detention')).toBe(true);
    expect(upper('how long can pretrial detention be extended')).toBe(true);
    expect(upper('longest sentence for the deputies')).toBe(true);
    expect(upper('how many votes did the largest party get')).toBe(true);
  });
  it('is none when a superlative describes what it asks about and no figure is asked for', () => {
    expect(upper('what are the biggest obstacles for disabled people')).toBe(false);
    expect(upper('how long is pretrial detention')).toBe(false);
  });
});

describe('a question asking how long', () => {
  it('asks for a span of time, in any case', () => {
    expect(parseQuery('how long did police hold the reporter', vocabulary).wantsDuration).toBe(true);
    expect(parseQuery('How  long was her probation', vocabulary).wantsDuration).toBe(true);
    expect(parseQuery('how many days of arrest', vocabulary).wantsDuration).toBe(false);
  });
});

describe('a yes/no or "why" question', () => {
  it('asks a fact about its topic, after any leading space and in any case', () => {
    for (const q of ['was his death a suicide', 'Is there anti-Semitism', '  did voters have a choice', 'why was the reporter taken to the station']) expect(parseQuery(q, vocabulary).wantsFact, q).toBe(true);
    for (const q of ['who was charged', 'what happened to the editor', 'island prisons', 'how long was her probation']) expect(parseQuery(q, vocabulary).wantsFact, q).toBe(false);
  });
});

describe('the one acting in a "what does X do" question', () => {
  const actor = (query: string) => parseQuery(query, vocabulary).actor;
  it('is the term of X\'s head: its last word, or the one before a preposition qualifying it', () => {
    expect(actor('what does the tripartite commission do')).toBe('commiss');
    expect(actor('what does the Presidential Commission on Human Rights do')).toBe('commiss');
    expect(actor('what did the attorney do about the wiretapping device')).toBe('attornei');
  });
  it('is none for other questions', () => {
    expect(actor('what do labor inspectors find')).toBeUndefined();
    expect(actor('who does the KNB report to')).toBeUndefined();
  });
});

describe('keyword queries', () => {
  it.each(['detention before charges', 'emigration foreign travel freedom', 'rights of labor migrants', 'journalist libel fines'])('reads “%s” as keywords typed into a search box', (query) => {
    expect(parseQuery(query, vocabulary).keywords).toBe(true);
  });

  it.each(['deadline to file a detention complaint', 'how long can police hold a detainee', 'are journalists jailed', 'pretrial detention?'])('reads “%s” as a question or a sentence, not keywords', (query) => {
    expect(parseQuery(query, vocabulary).keywords).toBe(false);
  });
});
