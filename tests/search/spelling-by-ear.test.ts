import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { SoundSpelling } from '../../src/search/sound-spelling.js';
import { WordNet } from '../../src/search/wordnet.js';
import { WordVectors } from '../../src/search/word-vectors.js';
import { realService, wordsReadBy } from '../helpers.js';

const service = realService();
/** The words the search read the query as (a corrected typo reads as the word meant). */
const wordsRead = (query: string): string[] => wordsReadBy(service, query).map((w) => w.word);
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('spellings by ear are read as the word meant (real report)', () => {
  it('reads a word spelt as it sounds, too many edits from the word meant for a typo', () => {
    expect(wordsRead('is tradishunal marriage still common')).toContain('traditional');
    expect(wordsRead('what are prizon condishuns like')).toContain('conditions');
    expect(wordsRead('how are wimmen treated by employers')).toContain('women');
    expect(wordsRead('what compensashun did the magazine pay')).toContain('compensation');
  });
  it('answers the question from the passage the word meant leads to, where it was refused', () => {
    const probation = search('is probashun allowed for corupshun offences');
    expect(probation.covered).toBe(true);
    expect(probation.hits[0]?.paragraphId).toBe('4/corruption#4');
    const prisons = search('what are prizon condishuns like');
    expect(prisons.covered).toBe(true);
  });
  it('still refuses an off-topic question whose word spelt by ear is read', () => {
    expect(wordsRead('how do i teach my kids to ride a bysicle')).toContain('bicycle');
    expect(search('how do i teach my kids to ride a bysicle').covered).toBe(false);
  });
  it('leaves a short name and a word WordNet lists as typed', () => {
    // "covid" sounds like "caved", "shoos" like "shows": a name and a real word, not spellings by ear.
    expect(wordsRead('how many covid deaths were there in prisons')).not.toContain('caved');
    expect(wordsRead('where can i by cheap shoos')).not.toContain('shows');
  });
});

describe('SoundSpelling (real word vectors)', () => {
  const vectors = WordVectors.load()!;
  const wordnet = new WordNet();
  const spelling = new SoundSpelling(vectors, (w) => wordnet.senses(w) !== null);
  it('finds the word of general English a spelling by ear sounds like', () => {
    expect(spelling.closest('corupshun', 4)?.word).toBe('corruption');
    expect(spelling.closest('jooish', 2)?.word).toBe('jewish');
    expect(spelling.closest('servalance', 4)?.word).toBe('surveillance');
  });
  it('finds no word the typo only sounds like by its rarer reading or with another first letter', () => {
    // "thrasher" is TRXR only by its secondary key; "aches" sounds like "eacces" but opens with another letter.
    expect(spelling.closest('tortcher', 3)?.word).toBeUndefined();
    expect(spelling.closest('eacces', 2)?.word).toBeUndefined();
  });
});
