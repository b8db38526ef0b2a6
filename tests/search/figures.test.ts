import { describe, expect, it } from 'vitest';
import { onlyDateFigures } from '../../src/search/figures.js';

describe('a sentence whose only figures are dates', () => {
  it('is one when its numbers are a day, a month with its day and year, or a year', () => {
    expect(onlyDateFigures('On January 5, workers at the Oil Construction Company initiated a hunger strike.')).toBe(true);
    expect(onlyDateFigures('As a result of early Mazhilis elections on March 20, 2016, the party won.')).toBe(true);
    expect(onlyDateFigures('The report for 2017 noted progress.')).toBe(true);
  });

  it('is not one when it also states a count or an amount, in digits or in words', () => {
    expect(onlyDateFigures('With the number of striking workers reportedly growing to 400, the government fined them.')).toBe(false);
    expect(onlyDateFigures('On August 1, the court sentenced her to two years of probation.')).toBe(false);
    expect(onlyDateFigures('In 2016 police investigated 147 criminal cases.')).toBe(false);
    expect(onlyDateFigures('On March 15, police detained a 29-year-old resident of Astana.')).toBe(false);
  });
});
