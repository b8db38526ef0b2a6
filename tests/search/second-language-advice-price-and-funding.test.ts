import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 100 (docs/search-quality.md): near-domain questions the report does not answer, put in shapes the question rules
// did not read. A request for advice in second-language word order ("Where I can learn Kazakh language in Astana?", not
// "where can I"); whether something is expensive or cheap, a question of price with no sum stated (`isUnpriced`); and who
// pays for something or how it is funded, with no sentence of its passages holding a word of funding beside what is paid
// for (`isUnfunded`).
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('advice in second-language order, price and funding questions the passages do not answer (round 100)', () => {
  it.each([
    'Where I can register my car in Astana?',
    'How I can find a good apartment in the capital?',
    'are lawyers expensive there',
    'how is the national football league funded',
    'who pays for the upkeep of public parks',
  ])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each(['who pays for crisis centers', 'how are the crisis centers for women funded', 'How I can appeal a court verdict to a higher court?', 'how much are employers fined for paying salaries late'])(
    'answers “%s”',
    (q) => {
      expect(search(q).covered).toBe(true);
    },
  );
});
