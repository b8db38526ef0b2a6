import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService, rulesReadBy } from '../helpers.js';

// Quality round 155 (docs/search-quality.md): near-miss questions whose topic the report covers but whose asked thing it never
// states — a count of days or hours the report states only for something else, an article number it never cites, a year to come.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
const rules = (q: string) => rulesReadBy(service, q);

describe('a count of days or hours needs a span stated with another of its words (round 155)', () => {
  it.each([
    'how many days do you have to send back shoes you ordered',
    'how many hours of homework should a ten year old do',
    'how many hours can a bus driver be at the wheel without a break',
  ])('refuses “%s”', (offTopic) => {
    expect(rules(offTopic)).toContain('isUncounted');
    expect(search(offTopic).covered).toBe(false);
  });

  it.each([
    'how many days before a march must the organisers ask the city for permission',
    'how many hours can officers hold a suspect before charging him',
    "how many days' warning must the employer get before staff stop work",
  ])('still answers “%s”', (inScope) => {
    expect(rules(inScope)).not.toContain('isUncounted');
    expect(search(inScope).covered).toBe(true);
  });
});

describe('which article of a law states something needs a cited article beside its words (round 155)', () => {
  it.each([
    'which article of the tax code sets the rate of value added tax',
    'under which article of the administrative code are drivers fined for speeding',
    'what article of the family code governs alimony payments',
  ])('refuses “%s”', (offTopic) => {
    expect(rules(offTopic)).toContain('isUnnumbered');
    expect(search(offTopic).covered).toBe(false);
  });

  it.each([
    'which article of the labour code lists extra reasons for firing staff',
    'which article of the labor code obliges employers to negotiate with employee representatives',
    // The number typed: asked what it states, not which it is.
    'what does article 11 of the labour code demand from employers',
  ])('still answers “%s”', (inScope) => {
    expect(rules(inScope)).not.toContain('isUnnumbered');
    expect(search(inScope).covered).toBe(true);
  });
});

describe('"in the coming year" or "months" is a prediction, as "in the coming years" is (round 155)', () => {
  it('refuses a question about the coming year', () => {
    expect(search('is parliament expected to lift the ban on unregistered religious groups in the coming year').covered).toBe(false);
  });

  it('still answers the question without it', () => {
    expect(search('are unregistered religious groups banned').covered).toBe(true);
  });
});
