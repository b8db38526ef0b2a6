import { describe, expect, it } from 'vitest';
import { factSource } from '../src/answers.js';

const kazakhstan = { id: 'k', title: 'Kazakhstan 2017 Human Rights Report', country: 'Kazakhstan', year: 2017 };

describe('the source line under a fact', () => {
  it('names the year the report describes when the fact gives no year of its own', () => {
    expect(factSource(kazakhstan, 'During the year police detained 40 protesters in Almaty.')).toBe('Kazakhstan 2017 Human Rights Report · events of 2017');
  });

  it('does not claim the report year for a fact that dates itself', () => {
    expect(factSource(kazakhstan, 'In 2016 the government recognized 18 persons as refugees.')).toBe('Kazakhstan 2017 Human Rights Report');
    expect(factSource(kazakhstan, 'The April 2015 presidential election lacked genuine competition.')).toBe('Kazakhstan 2017 Human Rights Report');
  });

  it('does not take a figure for a year', () => {
    expect(factSource(kazakhstan, 'Workers were fined 2,016 tenge each, and 12,000 tenge in all.')).toContain('events of 2017');
  });
});
