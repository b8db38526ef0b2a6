import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { subsectionOf } from '../../src/daily/rotation.js';
import { FACT_REVIEW_FILE } from '../../src/report/source-files.js';
import { readCurrentIndex } from '../../src/search/index-build.js';
import { openQueryService } from '../../src/search/open-service.js';
import { FIXTURE_DIR, copyToTemp, realService } from '../helpers.js';

/** `count` consecutive days from `first` (YYYY-MM-DD), as dates. */
function days(first: string, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

describe('the fact of a date', () => {
  const service = realService();
  const factOn = (date: string) => {
    const answer = service.fact({ date });
    if (answer.kind !== 'fact') throw new Error(`no fact for ${date}: ${JSON.stringify(answer)}`);
    return answer;
  };

  it('gives 90 different facts on 90 consecutive days, never two days running from one subsection', () => {
    const facts = days('2026-12-01', 90).map((d) => factOn(d).fact);
    expect(new Set(facts.map((f) => f.id)).size).toBe(90);
    for (let i = 1; i < facts.length; i++) expect(subsectionOf(facts[i]!)).not.toBe(subsectionOf(facts[i - 1]!));
  });

  it('goes through every fact once before any repeats, and gives the same fact for the same day', () => {
    const all = service.facts();
    const round = days('2031-01-01', all.length * 2).map((d) => factOn(d).fact.id);
    // Wherever a round starts, any run as long as the fact list holds no id twice unless it spans two rounds.
    const firstRepeat = round.findIndex((id, i) => round.indexOf(id) < i);
    expect(firstRepeat).toBeGreaterThan(0);
    expect(new Set(round.slice(firstRepeat - all.length, firstRepeat)).size).toBe(all.length);
    expect(factOn('2031-01-05')).toEqual(factOn('2031-01-05'));
    expect(factOn('2031-01-05').date).toBe('2031-01-05');
  });

  it('turns down a date that is not a day from 1970 on, kindly', () => {
    for (const date of ['1969-12-31', '2027-02-30', 'tomorrow']) expect(service.fact({ date })).toMatchObject({ kind: 'error', code: 'bad-argument' });
  });

  it('gives a fact of the report without a date', () => {
    const answer = service.fact();
    expect(answer.kind).toBe('fact');
    if (answer.kind === 'fact') expect(service.facts().map((f) => f.id)).toContain(answer.fact.id);
  });
});

describe('the maintainer review file', () => {
  it('drops and pins fact ids when the index is built, and a change to it rebuilds the index', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    const before = openQueryService({ indexDir: dir });
    const reviewed = before.reviewedFacts();
    expect(reviewed.length).toBeGreaterThan(0);
    const dropped = reviewed[0]!;
    writeFileSync(
      join(dir, FACT_REVIEW_FILE),
      JSON.stringify({ reports: { [before.reports[0]!.id]: { drop: [{ id: dropped.id, note: 'test' }], pin: [] } } }),
    );
    expect(readCurrentIndex(dir).index).toBeUndefined();
    const after = openQueryService({ indexDir: dir });
    expect(after.facts().map((f) => f.id)).not.toContain(dropped.id);
    expect(after.facts().length).toBe(reviewed.length - 1);
  });

  it('refuses a review file that is not a list of ids, saying where', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    writeFileSync(join(dir, FACT_REVIEW_FILE), JSON.stringify({ reports: { 'atlantis-2019-human-rights-report': { drop: 'all' } } }));
    expect(() => openQueryService({ indexDir: dir })).toThrow(/facts-review\.json: reports\.atlantis-2019-human-rights-report\.drop: expected a list of fact ids/);
  });

  it('keeps the Kazakhstan report at 120 facts or more after its review', () => {
    expect(realService().facts().length).toBeGreaterThanOrEqual(120);
  });
});
