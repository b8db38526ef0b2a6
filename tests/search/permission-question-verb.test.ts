import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { permittedActs } from '../../src/search/figures.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

// "Can X do Y?" is answered by a sentence saying X may do Y, or has the right, authority or ability to: the
// sentence ranking favours a sentence whose permission word stands right before the verb the question typed
// (docs/search-quality.md, quality round 73). A passage holding the same words elsewhere came first.
describe('a "can…" question in the sentence ranking', () => {
  it.each([
    ['can prosecutors suspend court rulings', 'have the authority to suspend court decisions'],
    ['can people criticize the country\'s leaders', 'limited individual ability to criticize'],
    ['can judges be held liable for dissolving a jury panel', 'could easily dissolve a panel of jurors'],
  ])('puts first the passage saying who may do what “%s” asks', (query, answering) => {
    expect(search(query).hits[0]!.text).toContain(answering);
  });

  it('reads the verb after a modal or a permission word, past "not", "be" and an adverb', () => {
    const text = 'Employers may fire striking workers. Judges could easily dissolve a panel. They have the right to appeal a decision. It may not be extended.';
    const sentences = [
      { start: 0, end: 36 },
      { start: 37, end: 73 },
      { start: 74, end: 115 },
      { start: 116, end: text.length },
    ];
    expect(permittedActs(sentences, text)).toEqual([['fire'], ['dissolv'], ['appeal'], ['extend']]);
  });

  it('leaves a question of another form alone', () => {
    // Not a "can…" question: the count of torture complaints stays first.
    expect(search('how many complaints about torture did the ombudsman receive').hits[0]!.text).toContain('106 complaints');
  });
});
