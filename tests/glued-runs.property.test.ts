/**
 * Hostile input the space-joined fuzz (`hostile-input.property.test.ts`) cannot make: a long run of one piece glued to itself —
 * "vsvsvs…", "thanthan…", "'s's's…", "aaaa…" — after the words a pattern keys on ("than", "what is the most", "section") and
 * before a symbol that ends no clause. Such runs are what make a pattern that can split them try every split (the far side of
 * a comparison in round 124, the superlative question in round 126). Run in a child with a deadline: a pattern that
 * backtracks so holds the event loop, and the test's own timeout could not end it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { MAX_QUERY_CHARS } from '../src/search/service.js';
import { packageRoot } from '../src/paths.js';

/** Words the patterns in src/search key on, each followed by a space, as a question would type them. */
const LEADS = [
  '', 'is it worse than ', 'compared with ', 'unlike ', 'as they do in ', 'like in ', 'the same as ', 'what is the most ', 'which city is the largest ',
  'um so like ', 'surely ', 'section ', '§', 'hey ', 'thanks ', 'how many ', 'in ', 'is it true that ', 'what does ', 'who ', "what's ", 'vs ',
];
/** The pieces glued into a run: letters, the words and endings patterns read, the characters they allow inside a word. */
const UNITS = ['a', 'ab', 'vs', 'than', "'s", 'x.', '-', "'", '.', '1', '2a', ' ', '  ', 'é', 'the', 'like', 'most', 'um', 'or', '\t'];
/** What ends the run: a symbol no pattern reads as a word or a clause's end, an emoji, a clause's end, nothing. */
const ENDS = ['#', '"', '(', '\u{1F600}', '@', '=', '', '?', '!', 'é', ' x', '\u0000'];

const gluedRun: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...LEADS), fc.constantFrom(...UNITS), fc.integer({ min: 20, max: 480 }), fc.constantFrom(...ENDS))
  .map(([lead, unit, chars, end]) => (lead + unit.repeat(Math.ceil(chars / unit.length)) + end).slice(0, MAX_QUERY_CHARS));

test('search and section answer a long glued run of the pieces patterns read, within a deadline', () => {
  const queries = fc.sample(gluedRun, { numRuns: 300, seed: 126 });
  const dist = (path: string) => JSON.stringify(pathToFileURL(join(packageRoot(), 'dist', 'src', path)).href);
  // The child names each query before it runs it: when the deadline kills it, the last one named is the culprit.
  const script = `
    const { readStampedIndex } = await import(${dist('search/built-index.js')});
    const { createQueryService } = await import(${dist('search/service.js')});
    const service = createQueryService(readStampedIndex(${JSON.stringify(join(packageRoot(), 'index-data'))}));
    const queries = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    let answered = 0;
    for (const [i, q] of queries.entries()) {
      process.stdout.write('running ' + i + '\\n');
      service.search(q, { limit: 3 });
      service.section(q);
      answered++;
    }
    process.stdout.write('answered ' + answered + '\\n');
  `;
  const r = spawnSync(process.execPath, ['--input-type=commonjs', '-e', `(async () => { ${script} })()`], {
    cwd: packageRoot(), encoding: 'utf8', input: JSON.stringify(queries), timeout: 30_000,
  });
  const ran = [...r.stdout.matchAll(/^running (\d+)$/gm)].map((m) => Number(m[1]));
  const last = queries[ran.at(-1) ?? 0]!;
  expect(r.signal, `killed at the deadline on ${JSON.stringify(last.slice(0, 60))}… (${last.length} characters)`).toBeNull();
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain(`answered ${queries.length}`);
}, 60_000);
