import { describe, expect, it } from 'vitest';
import type { SectionsAnswer } from '../../src/answers.js';
import type { QueryService } from '../../src/search/query-service.js';
import { openQueryService } from '../../src/search/open-service.js';
import { warmUp, warmUpQueries } from '../../src/search/warm-up.js';
import { FIXTURE_DIR, copyToTemp, realService } from '../helpers.js';

/** `service` with every search it is asked recorded. */
function recording(service: QueryService): { service: QueryService; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    service: { ...service, reports: service.reports, search: (query, options) => (asked.push(query), service.search(query, options)) },
  };
}

describe('warming the search up before the bot is ready', () => {
  it("asks the report's own section titles, in the forms people type", () => {
    const contents = realService().sections() as SectionsAnswer;
    const titles = contents.entries.map((e) => e.label.toLowerCase()).join(' ');
    const queries = warmUpQueries(realService());
    expect(queries.length).toBeGreaterThan(5);
    // The plain title, a question, a quoted phrase and a section filter, each from a real section.
    expect(queries.some((q) => q.startsWith('how many '))).toBe(true);
    expect(queries.some((q) => /^".+"$/.test(q))).toBe(true);
    // Questions put with an opening and a "how often", whose coverage and bold rules run only for them.
    expect(queries.some((q) => q.startsWith('is it true that '))).toBe(true);
    expect(queries.some((q) => q.startsWith('how often '))).toBe(true);
    const filters = queries.filter((q) => q.startsWith('section:'));
    expect(filters.length).toBeGreaterThan(0);
    for (const q of filters) expect(contents.entries.map((e) => e.ref)).toContain(q.slice('section:'.length).split(' ')[0]);
    const plain = queries.filter((q) => !q.startsWith('how many ') && !q.startsWith('section:') && !q.startsWith('"') && /^[A-Z]/.test(q));
    expect(plain.length).toBeGreaterThan(0);
    for (const q of plain) for (const word of q.toLowerCase().split(' ')) expect(titles).toContain(word);
  });

  it('runs every warm-up query through the service, and each is answered', () => {
    const { service, asked } = recording(realService());
    expect(warmUp(service)).toBe(asked.length);
    expect(asked).toEqual(warmUpQueries(realService()));
    for (const q of asked) expect(realService().search(q, { limit: 5 }).kind).toBe('search');
  });

  it('works on any report in the format, and is a no-op for a report without titled sections', () => {
    const fixture = recording(openQueryService({ indexDir: copyToTemp(FIXTURE_DIR) }));
    expect(warmUp(fixture.service)).toBeGreaterThan(0);
    const untitled: SectionsAnswer = { ...(realService().sections() as SectionsAnswer), entries: [] };
    const bare = recording({ ...realService(), reports: realService().reports, sections: () => untitled });
    // Only the everyday-words query is left: it needs no section.
    expect(warmUp(bare.service)).toBe(1);
  });
});
