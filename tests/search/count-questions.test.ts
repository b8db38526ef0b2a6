import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

const service = realService();
const first = (q: string) => (service.search(q, { limit: 3 }) as SearchAnswer).hits[0]!;

// The vote itself is pinned through `rerank` in ranking.test.ts; these are real "how many X" questions
// whose answering passage states the count with X ("950,000 migrants", "30 instances"), while a passage
// first by BM25 on the question's other words tied with it or stayed a place ahead (Quality round 36).
describe('a "how many X" question on the real report', () => {
  it.each([
    ['how many migrants are in the country', '§7.b', 'an estimated 950,000 migrants in the country'],
    ['how many times were reporters stopped from doing their job', '§2.a', 'prevented reporters from carrying out their duties in 30 instances'],
    ['how many seats did the ruling party get in the lower house of parliament', '§3', 'the ruling Nur Otan Party won 84 seats'],
    ['how many women are killed every year by their husbands or partners at home', '§6', 'more than 400 women died annually'],
  ])('puts first the passage stating the count “%s” asks for', (query, section, answering) => {
    const hit = first(query);
    expect(hit.citation.startsWith(section)).toBe(true);
    expect(hit.text).toContain(answering);
  });

  it('gives no vote for a figure before a stand-in of the counted words or an everyday one', () => {
    // "how many people sit on a jury" is answered by "a panel of 10 jurors"; "84 seats" counts a stand-in
    // of "sit", and "people", among the commonest words of English, is what the report counts as "persons".
    expect(first('how many people sit on a jury').text).toContain('panel of 10 jurors');
  });
});
