import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// "mean / bad / nasty things about" is the everyday description of what the reports call insulting, as "rude things
// about" (round 70) is; "decide who is guilty" that of a jury's part (Quality round 76).
describe('everyday descriptions of insulting and of a jury reach the report’s terms, on the real report', () => {
  const service = realService();
  const answer = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
  it('answers “is it crime to say bad or mean things about president” with the passage on insulting the president first', () => {
    const a = answer('is it crime to say bad or mean things about president');
    expect(a.covered).toBe(true);
    expect(a.hits[0]!.text).toContain('insulting the president');
  });

  it.each(['how to stop my coworker saying bad things about me', 'how does a referee decide if a foul is guilty'])('refuses “%s”', (query) => {
    expect(answer(query).covered).toBe(false);
  });
});
