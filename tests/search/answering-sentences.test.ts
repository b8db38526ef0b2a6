import { describe, expect, it } from 'vitest';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { createQueryService } from '../../src/search/service.js';
import { REPORT_DIR } from '../helpers.js';

// `AnsweringPassages.passageSentences` is a method (issue 13 round 41: an arrow property made a closure per query):
// every coverage rule that reads the passages' sentences must call it on the passages, never take it alone.

describe("coverage rules reading the answering passages' sentences", () => {
  const service = createQueryService(readCurrentIndex(REPORT_DIR).index!);
  it.each([
    'which prison is the largest',
    'is kazakhstan a member of the osce',
    'when was the ombudsman office founded',
    'who founded the ombudsman office',
    'what is the definition of torture',
    'what is the role of the ombudsman',
    'what does npm stand for',
  ])('judge %s on the real passages', (q) => {
    const answer = service.search(q, { limit: 5 });
    expect(answer.kind).toBe('search');
  });
});
