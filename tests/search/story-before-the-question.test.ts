import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { ASKING } from '../../src/search/coverage.js';
import { realService } from '../helpers.js';

// Quality round 141 (docs/search-quality.md): a long question whose asker tells a story first, then asks — after a courteous
// request ("…, so I wonder whether…", "…; I should be glad to learn whether…") or after a semicolon. The story's words the
// report does not write (a vicar, a quarrel, knitting) were weighed as the question's own, and the request's words ("wonder",
// "glad", "learn") too when it came after the story: the long rule refused questions whose passage the report holds.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('the story told before a long question sets the scene; the question after it is what is asked (round 141)', () => {
  it.each([
    // Refused before (0.360, 0.459, 0.422).
    "Our vicar's brother was locked up for a week last winter after a quarrel with a constable, so I wonder whether the police there may hold a man without charge.",
    'The old schoolmaster in our village was a great one for newspapers and quarrelled with every editor; are journalists there ever imprisoned for what they write?',
    "My grandmother knitted for the soldiers in the war and always spoke of the conscripts' hardships; I should be glad to learn whether new army recruits are bullied by older soldiers.",
  ])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });

  it.each([
    // The same shape with a question the report does not answer: refused before and after.
    'The retired postmistress in our lane keeps hens and sells the eggs at the gate; I would be grateful to know which breed of hen lays best in a cold winter.',
    'My grandson has been called up for his national service and I knitted him a scarf; may I ask whether soldiers may wear their own woollens under the uniform?',
    'Our choir mistress went walking in the mountains last spring and twisted her ankle; could you tell me which boots are best for a steep path?',
    'A cousin of mine kept a tea shop by the harbour for many years; I should like to know how one makes a proper scone that rises well.',
  ])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });

  it('still weighs a story the report writes: a claim told first is what the question is about', () => {
    // Both halves in the report's words: the story is the topic ("wives … beaten by their husbands"), not a setting.
    expect(search('I am given to understand that wives there are sometimes beaten by their husbands; I should like to know how many perish each year from such cruelty.').covered).toBe(true);
  });
});

describe('a courteous request told after the story is how the question is put (round 141)', () => {
  it.each([
    'My aunt kept a little shop for forty years, so I wonder whether shop girls are paid a fair wage',
    'Our vicar went abroad last summer; I would be grateful to know whether the churches are free to worship',
    'A friend of mine was a nurse in the war, and might I ask whether hospitals are free',
  ])('reads the request in “%s”', (q) => {
    expect(ASKING.test(q)).toBe(true);
  });

  it('reads no request in a story without one', () => {
    expect(ASKING.test('My aunt kept a little shop for forty years and paid her girls a fair wage, and the wages were good')).toBe(false);
  });
});
