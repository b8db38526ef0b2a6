import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 178 (docs/search-quality.md): "mum", "dad", "grandma" are what English calls one's own relative by, as a
// name, with no "my" before them ("Mum was arrested"). They tell the asker's story as "my mum" does (round 83), so a
// worried child's question is judged on what it asks, not refused because no passage names a mum.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a relative called by a home name tells the asker’s story without a possessive (round 178)', () => {
  it.each([
    // Main: refused at 0.343 and 0.39, their first passages right.
    'mum and dad were arrested, can they see a lawyer',
    'grandma is in a wheelchair, can she get to the polling station',
  ])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });

  it.each([
    'mum wants to know how to bake bread',
    "dad's car broke down, where is the nearest garage",
    'grandpa is in hospital, is there wifi',
    'mom got a parking ticket downtown, how do i pay it online',
  ])('still refuses “%s”, whose other words the report does not hold together', (q) => {
    expect(search(q).covered).toBe(false);
  });
});
