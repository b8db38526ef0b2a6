import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// "hatred" is the everyday word for what the reports call discord and incitement ("incitement of interethnic discord");
// the report never writes it, and WordNet's stand-ins alone left such questions refused or bolding the wrong sentence
// (Quality round 123).
describe('“hatred” reaches the report’s discord and incitement, on the real report', () => {
  const service = realService();
  const answer = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

  it('covers “is there hatred against jews”', () => {
    const a = answer('is there hatred against jews');
    expect(a.covered).toBe(true);
    expect(a.hits[0]!.text).toContain('Jews');
  });

  it('bolds the conviction for inciting discord for “was the halabuzar case about hatred”', () => {
    const a = answer('was the halabuzar case about hatred');
    expect(a.hits[0]!.answer).toContain('incitement of interethnic discord');
  });

  it.each(['is there hatred between cats and dogs', 'quotes about love and hatred'])('refuses “%s”', (query) => {
    expect(answer(query).covered).toBe(false);
  });
});
