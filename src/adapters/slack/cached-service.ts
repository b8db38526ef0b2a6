/**
 * Remembers recent answers of the query service. The report does not change while the bot runs, so
 * the same search, section page or table of contents always gets the same answer; popular questions
 * then cost a map lookup instead of a ranked search (~4 ms). Nothing Slack-specific: it could move
 * to the core and serve every adapter.
 */
import type { QueryService } from '../../search/query-service.js';

/**
 * How many answers are remembered. A search answer with its Slack rendering holds ~11.5 KB, so 1,000
 * (the earlier figure) kept ~11 MB once a thousand distinct questions had been asked, a tenth of the
 * bot's 120 MB goal (docs/search-speed.md, issue 13 round 32); 200 keep the popular questions for ~2.3 MB.
 */
export const ANSWERS_REMEMBERED = 200;

/** Wraps `service` with a least-recently-used memory of `max` answers (search, section, sections, help). */
export function withAnswerCache(service: QueryService, max = ANSWERS_REMEMBERED): QueryService {
  const cache = new Map<string, unknown>();
  function remember<T>(key: string, compute: () => T): T {
    if (cache.has(key)) {
      const hit = cache.get(key) as T;
      // Re-insert so the Map's insertion order is least-recently-used first.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const value = compute();
    cache.set(key, value);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return value;
  }
  return {
    reports: service.reports,
    search: (query, options = {}) => remember(JSON.stringify(['search', query, options]), () => service.search(query, options)),
    section: (ref, options = {}) => remember(JSON.stringify(['section', ref, options]), () => service.section(ref, options)),
    sections: (report) => remember(JSON.stringify(['sections', report ?? null]), () => service.sections(report)),
    // Suggestions are cheap, and facts may be random by design: both go straight through.
    suggest: (prefix, report) => service.suggest(prefix, report),
    facts: (report) => service.facts(report),
    reviewedFacts: (report) => service.reviewedFacts(report),
    fact: (options) => service.fact(options),
    // The same every time: one object, so its rendering and JSON are cached too.
    help: () => remember('help', () => service.help()),
  };
}
