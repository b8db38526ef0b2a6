import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

// A question word that a heading names and the fusion's first passage does not hold at all votes for the passages
// under that heading (docs/search-quality.md, quality round 85): every country report heads its sub-topics, and a first
// passage matching the question's other words ("find", "job", "independent") without its topic answers another one.
describe('a heading naming a question word the first passage lacks', () => {
  it.each([
    ['can refugees find a job easily', 'By law refugees have the right to work'],
    ['can stateless people get free medical care', 'Officially recognized stateless persons have access to free medical assistance'],
    ['is the anti-torture watchdog really independent from the state', 'thus is not independent of the government'],
  ])('puts first the passage under the heading “%s” names', (query, answering) => {
    expect(search(query).hits[0]!.text).toContain(answering);
  });

  it('gives no vote when the first passage holds every topical word', () => {
    expect(search('how many torture complaints did KIBHR record').hits[0]!.text).toContain('recorded 115 complaints of torture');
  });
});
