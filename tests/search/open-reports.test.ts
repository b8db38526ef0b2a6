import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OpenReports } from '../../src/search/service.js';

/** The least-recently-used list as it was kept before the most recent position skipped its move: every get moves it last. */
function referenceBuilds(max: number, gets: readonly number[]): number[] {
  const open: number[] = [];
  const built: number[] = [];
  for (const position of gets) {
    const at = open.indexOf(position);
    if (at >= 0) open.splice(at, 1);
    else built.push(position);
    open.push(position);
    if (open.length > max) open.shift();
  }
  return built;
}

describe("the open reports' least-recently-used list", () => {
  it('builds and drops reports as moving every get to the end did, the most recent asked again included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), (max, gets) => {
        const built: number[] = [];
        const open = new OpenReports((position) => {
          built.push(position);
          return { position } as never;
        }, max);
        for (const position of gets) expect((open.get(position) as unknown as { position: number }).position).toBe(position);
        expect(built).toEqual(referenceBuilds(max, gets));
      }),
      { numRuns: 500 },
    );
  });
});
