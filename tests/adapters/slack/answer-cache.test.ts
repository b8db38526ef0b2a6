import { describe, expect, it } from 'vitest';
import { ANSWERS_REMEMBERED, withAnswerCache } from '../../../src/adapters/slack/cached-service.js';
import type { QueryService } from '../../../src/search/query-service.js';

// Every distinct question asked must not stay in memory: the cache keeps a fixed number of answers.
describe('the Slack answer cache', () => {
  it('remembers at most ANSWERS_REMEMBERED answers, the most recently used, however many distinct questions come', () => {
    const computed: string[] = [];
    const service = { search: (query: string) => (computed.push(query), { kind: 'search', query }) } as unknown as QueryService;
    const cached = withAnswerCache(service);
    expect(ANSWERS_REMEMBERED).toBeLessThanOrEqual(200);
    for (let n = 0; n < 5000; n++) cached.search(`question ${n}`);
    cached.search('question 4999');
    expect(computed).toHaveLength(5000);
    // The oldest questions were forgotten: each asked again is searched again, and each answer pushes another out.
    const before = computed.length;
    for (let n = 0; n < ANSWERS_REMEMBERED + 1; n++) cached.search(`question ${n}`);
    expect(computed.length - before).toBe(ANSWERS_REMEMBERED + 1);
    // The same object comes back for a remembered question (renderings are cached per answer object).
    expect(cached.search('question 3')).toBe(cached.search('question 3'));
  });
});
