import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// A lawyer's words for what every report states in its own (Quality round 92): an arrestee is a detainee, a
// procurator a prosecutor, an appellate court a higher court one appeals to, a time-barred charge one past the
// statute of limitation.
describe('questions in the legal register, on the real report', () => {
  const service = realService();
  const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

  it.each([
    ['can corruption charges become time-barred', 'The statute of limitation does not apply to persons charged with corruption.'],
    ['is there a right of appellate review of a conviction', 'They have the right to appeal a decision to a higher court.'],
    ['what is the statutory period for holding an arrestee prior to formal charging', 'The law allows police to hold a detainee for 72 hours before bringing charges'],
  ])('puts first the passage that answers “%s”', (query, answering) => {
    const answer = search(query);
    expect(answer.covered).toBe(true);
    expect(answer.hits[0]!.text).toContain(answering);
  });

  it.each(['is my old parking fine time-barred after six years', 'how do i write an appellate brief for a law school class', 'what does a procurator fiscal do in scotland'])(
    'still refuses “%s”, the same words about something else',
    (query) => {
      expect(search(query).covered).toBe(false);
    },
  );
});
