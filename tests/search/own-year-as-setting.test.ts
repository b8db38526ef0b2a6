import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 100 (docs/search-quality.md): the report's own year counted as a fully specific word the report knows, so a
// keyword line of one weak word and the year ("kazakhstan gdp 2017") was covered on the year alone. The whole report is
// set in its year as in its country: in the known share the year is a setting, as a place the report names is.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe("the report's own year is a setting in the known share (round 100)", () => {
  it.each(['kazakhstan trade surplus 2017', 'grain harvest 2017'])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each(['workplace deaths 2017', 'political parties registered in 2017', 'prison conditions in 2017', 'how many senators were chosen in 2017'])(
    'answers “%s”',
    (q) => {
      expect(search(q).covered).toBe(true);
    },
  );
});
