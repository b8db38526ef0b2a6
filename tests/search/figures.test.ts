import { describe, expect, it } from 'vitest';
import { largestFigure, onlyDateFigures } from '../../src/search/figures.js';

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

describe('the largest figure a sentence states', () => {
  it('reads spans of time as days, so a longer span is larger whatever its unit', () => {
    const base = largestFigure('By law detainees may remain in pretrial detention for up to two months.');
    const extended = largestFigure('Depending on the offense, authorities may extend the term for up to 18 months while the investigation takes place.');
    expect(extended.time).toBeGreaterThan(base.time);
    expect(largestFigure('The law allows police to hold a detainee for 72 hours before bringing charges.').time).toBeLessThan(base.time);
    expect(largestFigure('Galikhin was sentenced to four years\' probation with a three-year ban on any government service.').time).toBeGreaterThan(0);
  });

  it('reads amounts with their scale word, and leaves dates out', () => {
    const lesser = largestFigure('The law prohibits illegal interference, with a fine of up to 636,300 tenge ($1,910) or imprisonment.');
    const greater = largestFigure('If committed by the leader of the organization, the fine may be up to 1.06 million tenge ($3,180).');
    expect(greater.amount).toBeGreaterThan(lesser.amount);
    expect(largestFigure('On January 5, 2017, workers initiated a hunger strike.')).toEqual({ time: 0, amount: 0 });
  });
});
