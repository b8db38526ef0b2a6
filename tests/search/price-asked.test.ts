import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { PRICE_ASKED } from '../../src/search/coverage.js';
import { realService, rulesReadBy } from '../helpers.js';

// Quality round 166 (docs/search-quality.md): a price asked by its name ("what fee…", "what does … cost", "… charge per hour"),
// in forms `MONEY_QUESTION` does not read, needs a sum stated beside what it is for, as round 29's `isUnpriced` asks.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
const rules = (q: string) => rulesReadBy(service, q);

describe('a price asked by its name needs a sum stated beside what it is for (round 166)', () => {
  it.each([
    'what fee does a lawyer charge to appeal a court decision',
    'what does a defence lawyer cost for a criminal trial',
    'what do interpreters charge per hour in court',
    'what fees do political parties pay to register',
    'what does an internet connection cost in a village',
  ])('refuses “%s”', (offTopic) => {
    expect(rules(offTopic)).toContain('isUnpricedByName');
    expect(search(offTopic).covered).toBe(false);
  });

  it('still answers a price the report states beside what it was paid for', () => {
    const q = 'what did the pyramid of flowers in uralsk cost';
    expect(PRICE_ASKED.test(q)).toBe(true);
    expect(rules(q)).not.toContain('isUnpricedByName');
    expect(search(q).covered).toBe(true);
  });

  it.each(['what charges did the police officer face over the death at the rehabilitation center', 'what did they charge the newspaper editor with'])(
    'reads no criminal charge as a price: “%s”',
    (inScope) => {
      expect(PRICE_ASKED.test(inScope)).toBe(false);
      expect(search(inScope).covered).toBe(true);
    },
  );
});
