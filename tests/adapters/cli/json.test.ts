import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ErrorAnswer, Excerpt, SearchAnswer } from '../../../src/answers.js';
import { paragraphBytesKeptCount, paragraphJsonKeptCount, searchJson, searchJsonBytes, searchJsonLine } from '../../../src/adapters/cli/json.js';
import { realService } from '../../helpers.js';

const asObject = (query: string, answer: SearchAnswer | ErrorAnswer) => JSON.stringify(searchJson(query, answer));

/** A search answer with the fields `searchJson` reads; the rest is never written. */
function answerWith(hits: Array<Pick<Excerpt, 'text' | 'citation' | 'answer' | 'sectionId' | 'score' | 'reportId'>>, fields: { covered: boolean; confidence: number; total: number; nextOffset?: number }): SearchAnswer {
  return { kind: 'search', query: '', smallTalk: false, hits: hits as Excerpt[], offset: 0, limit: 10, suggestions: [], ...fields } as unknown as SearchAnswer;
}

describe("a search answer's JSON line", () => {
  it('is byte for byte what stringifying its object gives, for real answers asked twice', () => {
    const service = realService();
    const queries = ['how long can police hold a detainee', 'torture complaints ombudsman', 'prison conditions', 'court', 'how do I bake sourdough bread', '', 'x'.repeat(5000), '"freedom of assembly" section:2b', 'section:zz torture'];
    for (let round = 0; round < 2; round++) {
      for (const q of queries) {
        for (const limit of [1, 10]) {
          const answer = service.search(q, { limit }) as SearchAnswer | ErrorAnswer;
          expect(searchJsonLine(q, answer)).toBe(asObject(q, answer));
        }
      }
    }
  });

  it('is byte for byte what stringifying its object gives, whatever the strings and numbers', () => {
    // Quotes, backslashes, control characters, lone and paired surrogates, -0 and non-finite numbers: JSON's edge cases
    // (a string needing none of its escapes is quoted as it is, `jsonString`).
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('"', '\\', '\u2028', '\ud800', '\u0000', '\u0000\n\t', '\u007f', 'caf\u00e9 \u201cquoted\u201d', 'a paired surrogate \ud83d\ude00'));
    const number = fc.oneof(fc.double(), fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 5e-7));
    const hit = fc.record({ text, citation: text, answer: text, sectionId: text, score: number, reportId: text });
    fc.assert(
      fc.property(text, fc.array(hit, { maxLength: 12 }), fc.boolean(), number, fc.nat(), fc.option(fc.nat(), { nil: undefined }), (query, hits, covered, confidence, total, nextOffset) => {
        const answer = answerWith(hits, { covered, confidence, total, ...(nextOffset !== undefined ? { nextOffset } : {}) });
        expect(searchJsonLine(query, answer)).toBe(asObject(query, answer));
      }),
    );
  });

  it('writes each paragraph as it is now, after thousands of others and when one text stands in many answers', () => {
    // The escaped texts are kept, up to a bound: past it they are dropped, never mixed up.
    const texts = Array.from({ length: 12_000 }, (_, i) => `paragraph "${i}"\n`);
    for (const [i, t] of texts.entries()) {
      const answer = answerWith([{ text: t, citation: '§1', answer: t, sectionId: '1', score: 1, reportId: 'r' }, { text: texts[i % 7]!, citation: '§2', answer: '', sectionId: '2', score: 0.5, reportId: 'r' }], { covered: true, confidence: 1, total: 2 });
      expect(searchJsonLine('q', answer)).toBe(asObject('q', answer));
    }
    expect(paragraphJsonKeptCount()).toBeLessThanOrEqual(5_000);
  });

  it("keeps only the paragraphs' texts: never the query, the answer sentence or the citation", () => {
    const before = paragraphJsonKeptCount();
    const secret = `my landlord ${Math.random()}`;
    const answer = answerWith([{ text: `a paragraph never shown before ${Math.random()}`, citation: secret, answer: secret, sectionId: secret, score: 1, reportId: secret }], { covered: true, confidence: 1, total: 1 });
    searchJsonLine(secret, answer);
    searchJsonLine(secret, answer);
    expect(paragraphJsonKeptCount()).toBe(before + 1);
  });
});

describe("a search answer's JSON line as bytes (what `hr search --json` writes for a stdin line)", () => {
  /** The bytes made, copied out of the buffer the next line reuses. */
  const bytesOf = (query: string, answer: SearchAnswer | ErrorAnswer) => {
    const { bytes, length } = searchJsonBytes(query, answer);
    return Buffer.from(bytes.subarray(0, length));
  };
  const expected = (query: string, answer: SearchAnswer | ErrorAnswer) => Buffer.from(`${searchJsonLine(query, answer)}\n`);

  it('is the line and its newline in UTF-8, for real answers of every size asked in turn', () => {
    const service = realService();
    const queries = ['can the police keep someone locked up without charges', 'women in parliament', 'what happens to people who criticise the president online', 'recipe for plov', '', 'section:zz jury'];
    for (let round = 0; round < 2; round++) {
      for (const q of queries) {
        for (const limit of [1, 4, 10]) {
          const answer = service.search(q, { limit }) as SearchAnswer | ErrorAnswer;
          expect(bytesOf(q, answer).equals(expected(q, answer))).toBe(true);
        }
      }
    }
  });

  it('is the line and its newline in UTF-8, whatever the strings and numbers, and for lines longer than any before', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('"', '\\', '\u2028', '\ud800', '\u0000\n\t', 'caf\u00e9 \u201cquoted\u201d \u203a', 'a paired surrogate \ud83d\ude00', '\u00a7'.repeat(40_000)));
    const number = fc.oneof(fc.double(), fc.constantFrom(-0, Number.NaN, 1e21, 5e-7));
    const hit = fc.record({ text, citation: text, answer: text, sectionId: text, score: number, reportId: text });
    fc.assert(
      fc.property(text, fc.array(hit, { maxLength: 12 }), fc.boolean(), number, fc.nat(), fc.option(fc.nat(), { nil: undefined }), fc.boolean(), (query, hits, covered, confidence, total, nextOffset, answerIsText) => {
        const shown = answerIsText ? hits.map((h) => ({ ...h, answer: h.text })) : hits;
        const answer = answerWith(shown, { covered, confidence, total, ...(nextOffset !== undefined ? { nextOffset } : {}) });
        expect(bytesOf(query, answer).equals(expected(query, answer))).toBe(true);
      }),
    );
  });

  it("keeps only the paragraphs' texts: never the query, the answer sentence or the citation", () => {
    const before = paragraphBytesKeptCount();
    const secret = `my landlord ${Math.random()}`;
    const answer = answerWith([{ text: `a paragraph never shown before ${Math.random()}`, citation: secret, answer: secret, sectionId: secret, score: 1, reportId: secret }], { covered: true, confidence: 1, total: 1 });
    searchJsonBytes(secret, answer);
    searchJsonBytes(secret, answer);
    expect(paragraphBytesKeptCount()).toBe(before + 1);
  });
});
