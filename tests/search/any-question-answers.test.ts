import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { ANY_QUESTION } from '../../src/search/query.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

// A yes/no question asking whether there is any of something ("has the government done anything…", "has anybody been
// charged…") is answered by the sentence saying there was none, usually after the opening that names the topic
// (docs/search-quality.md, quality round 101).
describe('the bold answer to a question asking whether there is any', () => {
  it.each([
    ['has the government done anything to stop child marriage', 'The government did not take any action to address the issue'],
    // Bolded before the rule as well (its opening holds no query word): kept.
    ['were any sexual harassment cases prosecuted', 'nor were there reports of any prosecutions'],
  ])('bolds the sentence saying there was none for “%s”', (query, answering) => {
    expect(search(query).hits[0]!.answer).toContain(answering);
  });

  it('keeps a sentence that says there is some', () => {
    // A bonus, not a pick: the sentence stating the limit outscores the negations around it.
    expect(search('is there any limit on overtime').hits[0]!.answer).toContain('The law limits overtime to two hours per day');
  });

  it('reads "any" in a yes/no question only', () => {
    for (const q of ['is the government doing anything about child brides', 'were there any prosecutions', 'does the commission have any real power', 'has anyone been punished'])
      expect(ANY_QUESTION.test(q), q).toBe(true);
    for (const q of ['what happens to anyone who joins an unregistered group', 'any prosecutions for harassment', 'can anyone register a party'])
      expect(ANY_QUESTION.test(q), q).toBe(false);
  });
});
