import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { WordNet } from '../../src/search/wordnet.js';
import { realService } from '../helpers.js';

// Quality round 159 (docs/search-quality.md): a word's part of speech, for the rules on words the report lacks (rounds 23,
// 49, 157), is read from how often WordNet's corpus tagged each part's senses, not from how many senses each has.
const wordnet = new WordNet();

describe('WordSenses.uses: senses weighed by their tags', () => {
  it.each([
    // [word, the part its tags favour, the part with more senses]
    ['tree', 'noun', 'verb'],
    ['fence', 'noun', 'verb'],
    ['quarrel', 'verb', 'noun'],
  ] as const)('reads “%s” as a %s, though it has more %s senses', (word, used, counted) => {
    const senses = wordnet.senses(word)!;
    expect(senses.parts![counted]).toBeGreaterThan(senses.parts![used]);
    expect(senses.uses![used]).toBeGreaterThan(senses.uses![counted]);
  });

  it('falls back on the senses for a word the corpus never tagged', () => {
    expect(wordnet.senses('overrule')!.uses).toEqual(wordnet.senses('overrule')!.parts);
  });
});

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('an everyday verb the report lacks, read as one by its use', () => {
  it.each(['where do workers and employers take their quarrels', 'where can workers take their quarrels with employers'])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
});

// A verb the report writes only inflected, in a form Porter stems apart ("died" is di, "die" die), is read through that form.
describe('a verb lemma the report writes only inflected (round 159)', () => {
  it('finds the report’s “died” for “die”', () => {
    const top = search('did a conscript die after a beating').hits[0]!;
    expect(top.text).toMatch(/\bdied\b/);
  });
});
