import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { AGREEMENT } from '../../src/search/readings.js';
import { realService } from '../helpers.js';

// Quality round 176 (docs/search-quality.md, `readingsOf` and `AGREEMENT` in readings.ts): a question refused just under the cut
// is answered when its typed words alone, its stand-ins alone and the question without its rarest word all rank the same
// passage first; a near miss whose readings lead to different passages stays refused.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a question whose readings agree on its first passage (round 176)', () => {
  it('answers “how many jews are there in almaty” from the passage stating it, at the cut', () => {
    const answer = search('how many jews are there in almaty');
    expect(answer.covered).toBe(true);
    expect(answer.confidence).toBe(0.5);
    expect(answer.hits[0]?.text).toContain('Almaty has the largest Jewish community at about 10,000');
  });

  it.each(['who is the head of the central bank', 'how old is the president', 'how much does a police officer get paid'])(
    'still refuses “%s”, near the cut but read differently',
    (query) => {
      const answer = search(query);
      expect(answer.confidence).toBeGreaterThanOrEqual(AGREEMENT.floor);
      expect(answer.covered).toBe(false);
    },
  );

  it('still refuses a near miss below the floor: “how many people sit on the jury of a talent contest”', () => {
    expect(search('how many people sit on the jury of a talent contest').covered).toBe(false);
  });
});
