import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { SPAN_ASKED, STEPS_ASKED } from '../../src/search/coverage.js';
import { realService, rulesReadBy } from '../helpers.js';

// Quality round 172 (docs/search-quality.md): a question is answered only if its passages state the kind of thing it asks
// for. A span of time asked by its form ("how long / how soon / how quickly…", "what is the limitation period…") needs a span
// stated somewhere in the answering passages; the steps of a procedure ("what are the steps to…", "how can a foreigner get…")
// need a sentence stating a requirement with half the question's words.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;
const rules = (q: string) => rulesReadBy(service, q);

describe('a span of time asked needs a span stated in the answering passages (round 172)', () => {
  it.each(['how soon can a tourist get a visa on arrival', 'how quickly does a hospital treat an emergency patient', 'how long do couples wait for a wedding date at the registry office'])(
    'refuses “%s”',
    (offTopic) => {
      expect(rules(offTopic)).toContain('isUnspanned');
      expect(search(offTopic).covered).toBe(false);
    },
  );

  it.each(['how long can a detainee be kept before being charged', 'how long does the government have to consider a citizenship application'])(
    'still answers a span the report states: “%s”',
    (inScope) => {
      expect(SPAN_ASKED.test(inScope)).toBe(true);
      expect(rules(inScope)).not.toContain('isUnspanned');
      expect(search(inScope).covered).toBe(true);
    },
  );

  it('reads no yes/no question naming a limit as asking for a span', () => {
    const q = 'is there a time limit on prosecuting corruption';
    expect(SPAN_ASKED.test(q)).toBe(false);
    expect(search(q).covered).toBe(true);
  });
});

describe('the steps of a procedure asked need a requirement stated beside the procedure (round 172)', () => {
  it.each(['what are the steps to open a small shop', 'what are the steps to start a business as a migrant', 'how can a foreign student get a work permit', 'what are the steps to register a private school'])(
    'refuses “%s”',
    (offTopic) => {
      expect(rules(offTopic)).toContain('isStepless');
      expect(search(offTopic).covered).toBe(false);
    },
  );

  it('refuses a procedure of which a sentence stating a requirement holds one word of several', () => {
    const q = 'how can a journalist renew a press card';
    expect(rules(q)).toContain('isStepless');
    expect(search(q).covered).toBe(false);
  });

  it.each(['what is the procedure for a court to sanction an arrest', 'how does a stateless person apply for citizenship', 'how can a political party register', 'how does a foreigner apply for asylum'])(
    'still answers a procedure the report states: “%s”',
    (inScope) => {
      expect(STEPS_ASKED.test(inScope)).toBe(true);
      expect(rules(inScope)).not.toContain('isStepless');
      expect(search(inScope).covered).toBe(true);
    },
  );
});
