import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

const service = realService();
const first = (q: string) => (service.search(q, { limit: 3 }) as SearchAnswer).hits[0]!;

// A thesaurus line's stand-in rarer in the report than the line's others names the asked thing and takes more than an
// even share (`THESAURUS_SHARE.rarity`, Quality round 165): the passage holding it comes first, not one holding the
// line's commoner stand-ins or an everyday word of the question as typed.
describe('a thesaurus line’s rarer stand-ins, on the real report', () => {
  it.each([
    ['do I need the council’s permission before staging a rally', 'must apply to local authorities at least 10 days in advance'],
    ['can lecturers teach whatever they like', 'did not restrict academic freedom'],
  ])('puts first the passage that answers “%s” by the rarer stand-in', (query, answering) => {
    expect(first(query).text).toContain(answering);
  });
});
