import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../src/answers.js';
import { realService } from '../helpers.js';

// Quality round 88 (docs/search-quality.md): "how can I / how do I / what should I / where can I…" asks the asker's own course,
// which a report never advises on, unless a sentence of its answering passages states that course as a right, a
// permission or a duty ("They have the right to appeal a decision to a higher court") with the question's words.
const service = realService();
const search = (q: string) => service.search(q, { limit: 3 }) as SearchAnswer;

describe('a request for advice on a right, a procedure or a remedy the report states is answered (round 88)', () => {
  it.each([
    // Main: 0.314 and 0.416 (every word known; refused only by the advice flag).
    ['how can i appeal a court verdict', 'how can i appeal a parking ticket'],
    ['where can i apply for asylum if i face deportation', 'how do i register a domain name for my website'],
    ['what should i do if my application for stateless status is rejected', 'what should i do if my visa application is rejected'],
  ])('answers “%s” and refuses “%s”', (inScope, offTopic) => {
    expect(search(inScope).covered).toBe(true);
    expect(search(offTopic).covered).toBe(false);
  });

  it('still scales advice whose passages state no such course, and recommendations', () => {
    expect(search('how do i get a cheap lawyer for my divorce').covered).toBe(false);
    expect(search('what should i do if my flight is cancelled').covered).toBe(false);
    expect(search('recommend a good lawyer in almaty').covered).toBe(false);
    // "how to…" asks the steps of a procedure, which the report does not give (round 31's pair in quality.test.ts).
    expect(search('how to appeal a court decision').covered).toBe(false);
    // "permits" in "The law also permits prohibiting offenders…" is the question's own word, not a course stated for it.
    expect(search('how can i get a work permit for my nanny').covered).toBe(false);
    // "may" of a possibility ("conflicts … that may cause … property damage") states no course.
    expect(search('how do I sue the government for damages').covered).toBe(false);
  });
});
