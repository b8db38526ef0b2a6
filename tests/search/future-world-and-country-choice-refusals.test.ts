import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 89 (docs/search-quality.md): near-domain questions made of the report's words that ask what a report of one country
// and one past year cannot state — the bot's view, the years after the report, the whole world, the report's country ranked
// against another — were answered with full confidence (share 0.90–1.00, no rule).
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe("the bot's own view asked mid-question is refused (round 89)", () => {
  it.each(['in your opinion were the 2016 elections a step backwards', 'were the 2015 elections a step forward in your view'])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each(['what did the osce say about the 2016 election'])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
});

describe('the years after the report, or who will hold a post, are refused (round 89)', () => {
  it.each(['what changes to the courts are planned over the next ten years', 'who will replace nazarbayev as president', 'have prison conditions improved since the report came out'])(
    'refuses “%s”',
    (q) => {
      expect(search(q).covered).toBe(false);
    },
  );
  it.each(['who decides whether a strike is illegal', 'did deaths in prisons go down compared with 2016'])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
});

describe('the whole world asked of one country’s report is refused (round 89)', () => {
  it.each(['how many journalists are jailed around the world', "what share of the world's refugees live in kazakhstan"])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each(['did prisoners have contact with the outside world'])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
});

describe('the report’s country ranked against another is refused, two other countries’ people compared answered (round 89)', () => {
  it.each(['which country has better prisons, kazakhstan or russia', 'which country treats journalists better, kazakhstan or china', 'russia or kazakhstan which one has more freedom of speech'])(
    'refuses “%s”',
    (q) => {
      expect(search(q).covered).toBe(false);
    },
  );
  it.each(['can citizens of russia or belarus get citizenship more easily', 'where do most migrant workers come from uzbekistan or kyrgyzstan'])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
});
