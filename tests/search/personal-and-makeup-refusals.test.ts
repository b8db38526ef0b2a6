import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 87 (docs/search-quality.md): near-domain questions made of the report's words asking a post-holder's own fact
// (birthplace, religion, family, schooling) or what most of the country's people speak or believe were answered with full
// confidence; a report states the president's family or a language's status, never where he was born or what most people speak.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe("a post-holder's own fact no answering sentence states beside them is refused, their deeds and the laws on them answered (round 87)", () => {
  it.each(['where was the prime minister born', 'what faith is the president', 'where did nazarbayev go to school', "what is the ombudsman's religion"])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each(["can you be jailed for insulting the president's family", 'is the president exempt from term limits', 'were children of stateless parents born in the country given citizenship'])(
    'answers “%s”',
    (q) => {
      expect(search(q).covered).toBe(true);
    },
  );
});

describe('what most people speak or believe, with no share stated beside it, is refused; the law on language and religion answered (round 87)', () => {
  it.each(['what language do most people speak', 'is the country a muslim nation', 'what religion do most citizens follow'])('refuses “%s”', (q) => {
    expect(search(q).covered).toBe(false);
  });
  it.each(['is russian an official language too', 'can a political party be formed on religious grounds', 'were muslim prisoners allowed to fast'])('answers “%s”', (q) => {
    expect(search(q).covered).toBe(true);
  });
});
