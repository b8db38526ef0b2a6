import { afterEach, describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { RANKING } from '../../src/search/ranking.js';
import { realService } from '../helpers.js';

const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
const span = RANKING.span;

// A "how long…" question asks for a span of time: when the fusion's first passage's best sentence states none, a
// passage whose best sentence states one gets a vote (docs/search.md, quality round 90). A neighbour of the same
// heading matched the question's other words ("stay", "allowed") in a sentence with no figure, or a count or a date.
describe('a "how long" question whose first passage states no span of time', () => {
  afterEach(() => {
    RANKING.span = span;
  });

  it.each([
    ['how long are chechens allowed to stay on a temporary permit', 'Chechens are eligible for temporary legal resident status for up to 180 days'],
    ['how long can the cops keep you before charging you', 'The law allows police to hold a detainee for 72 hours before bringing charges'],
  ])('puts first the passage stating the span for “%s”', (query, answering) => {
    expect(search(query).hits[0]!.text).toContain(answering);
    RANKING.span = 0;
    expect(search(query).hits[0]!.text).not.toContain(answering);
  });

  it('gives no vote when the first passage already states a span', () => {
    expect(search('how long did police hold the Radio Azattyk reporter').hits[0]!.text).toContain('Police held her in the station for two hours');
  });
});
