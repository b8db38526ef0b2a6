import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

// A question asking what share of something is so votes in the fusion for a passage whose best sentence states a
// share (docs/search-quality.md, quality round 65): the sentence ranking's figure bonus counts any figure, and a passage
// counting children or stating a date came first.
describe('a share question in the fusion', () => {
  it.each([
    ['what share of parents smack their kids', '40 percent used corporal punishment'],
    ['what share of people were online in 2016', 'more than 70 percent of the population had internet access in 2016'],
  ])('puts first the passage stating the share “%s” asks for', (query, answering) => {
    expect(search(query).hits[0]!.text).toContain(answering);
  });

  it('gives no vote to a question asking a count on the same topic', () => {
    // Not a share question: the paragraph counting abused children stays first.
    expect(search('how many kids are mistreated by their own parents').hits[0]!.text).toContain('17,000 to 18,000 children');
  });
});
