import { describe, expect, it } from 'vitest';
import { readingPoints, summarise } from '../../bench/rss.js';

describe("the bench's RSS under load", () => {
  it('is read every 100 searches from the 500th to the 1,500th', () => {
    expect(readingPoints()).toEqual([500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400, 1500]);
    expect(readingPoints(1000)).toEqual([500, 600, 700, 800, 900, 1000]);
  });

  it('reports the median and the largest reading, whatever their order', () => {
    const readings = [140, 152, 138, 158, 141, 139, 150, 144, 160, 137, 143];
    expect(summarise(readings)).toEqual({ median: 143, largest: 160, readings });
    expect(summarise([120, 110, 130, 140]).median).toBe(120);
  });
});
