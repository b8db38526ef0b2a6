import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { wordTestOf, type Vocabulary } from '../../src/search/query.js';
import type { WordSenses } from '../../src/search/wordnet.js';

// First uses of the spelling's paths, at a fresh `hr`'s 5th and 47th question, met operations the functions' optimised code
// had no feedback for and threw it away (docs/search-speed.md, issue 13 round 51): a distance without a cap (`Infinity`, a heap
// number where every cap before was a small integer), the first compound ending in its word, and another query's word test.
function optimisedAfter(body: string): { before: boolean; after: boolean } {
  const query = pathToFileURL(join(packageRoot(), 'dist', 'src', 'search', 'query.js')).href;
  const script = `
    const { compoundsOf, damerauLevenshtein } = await import(${JSON.stringify(query)});
    const status = (f) => (%GetOptimizationStatus(f) & 16) !== 0;
    ${body}
    console.log(JSON.stringify({ before, after }));
  `;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', '--input-type=module', '-e', script], { cwd: packageRoot(), encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { before: boolean; after: boolean };
}

describe('the spelling keeps its optimised code', () => {
  it('when a distance is first asked without a cap', () => {
    const result = optimisedAfter(`
      const f = damerauLevenshtein;
      const pairs = [['goverment', 'government'], ['prisson', 'prison'], ['torure', 'torture'], ['jurnalist', 'journalist']];
      %PrepareFunctionForOptimization(f);
      for (let i = 0; i < 50; i++) for (const [a, b] of pairs) f(a, b, a.length >= 7 ? 2 : 1);
      %OptimizeFunctionOnNextCall(f);
      f('goverment', 'government', 2);
      const before = status(f);
      f('goverment', 'government');
      f('kdis', 'kids');
      const after = status(f);
    `);
    expect(result).toEqual({ before: true, after: true });
  });

  it('when the first compound ending in its word comes after ones starting with it', () => {
    const result = optimisedAfter(`
      const f = compoundsOf;
      const frequency = { policestation: 1, policeofficer: 1, wiretap: 1, workplace: 1, prisoncamp: 1, detention: 1, election: 1 };
      const isWord = (w) => w.length >= 4;
      %PrepareFunctionForOptimization(f);
      for (let i = 0; i < 50; i++) for (const term of ['police', 'work', 'prison']) f(term, frequency, isWord);
      %OptimizeFunctionOnNextCall(f);
      f('police', frequency, isWord);
      const before = status(f);
      f('tap', frequency, isWord);
      f('camp', frequency, isWord);
      const after = status(f);
    `);
    expect(result).toEqual({ before: true, after: true });
  });


  // \`compoundsOf\`'s loop is optimised within its first long pass, with the word test it was given as the one it calls:
  // the parser gives it one test per vocabulary, where a new function per call was a wrong target at the next scan.
  it("is given one word test per vocabulary, not one per query", () => {
    const vocabulary = (known: string[]): Vocabulary => ({ documentFrequency: {}, senses: (w) => (known.includes(w) ? ({} as WordSenses) : null), ignored: new Set() });
    const first = vocabulary(['wire']);
    expect(wordTestOf(first)).toBe(wordTestOf(first));
    expect(wordTestOf(first)('wire')).toBe(true);
    expect(wordTestOf(first)('wirx')).toBe(false);
    expect(wordTestOf(vocabulary(['wirx']))('wirx')).toBe(true);
  });
});
