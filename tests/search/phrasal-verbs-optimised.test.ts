import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';

// `phrasalVerbs` reads its query's words in lower case. Made by `map`, that list was packed while V8 ran the function
// unoptimised and holey once TurboFan inlined `map`, so the optimised code met a list of another shape at
// `mayHoldPhrasalVerb`'s `some` and threw itself away at its first call: a recompile on V8's one compile thread in
// every fresh process, rounds 11–12 of the bench's 20 (issue 13 round 57).
describe('phrasalVerbs once optimised', () => {
  it('keeps its optimised code over questions with and without a particle', () => {
    const dist = (path: string) => JSON.stringify(pathToFileURL(join(packageRoot(), 'dist', 'src', path)).href);
    const plain = ['Are journalists arrested for criticizing the government?', 'Is there torture in prisons?', 'Can police pick people up for no reason?', 'Do workers have the right to join unions?', 'Were protesters locked up after the election?'];
    const asked = ['Did the police shut down the newspaper?', 'How do they get rid of critics?', 'Is the internet censored?'];
    const script = `
      const { readStampedIndex } = await import(${dist('search/built-index.js')});
      const { createQueryService } = await import(${dist('search/service.js')});
      const { phrasalVerbs } = await import(${dist('search/query.js')});
      const service = createQueryService(readStampedIndex(${JSON.stringify(join(packageRoot(), 'index-data'))}));
      %PrepareFunctionForOptimization(phrasalVerbs);
      for (let i = 0; i < 10; i++) for (const q of ${JSON.stringify(plain)}) service.search(q, { limit: 10 });
      %OptimizeFunctionOnNextCall(phrasalVerbs);
      service.search('Are bloggers detained for their posts?', { limit: 10 });
      const before = %GetOptimizationStatus(phrasalVerbs);
      for (const q of ${JSON.stringify(asked)}) service.search(q, { limit: 10 });
      const after = %GetOptimizationStatus(phrasalVerbs);
      // V8's status bit 4: optimised code.
      console.log(JSON.stringify({ before: (before & 16) !== 0, after: (after & 16) !== 0 }));
    `;
    const flags = ['--allow-natives-syntax', '--no-concurrent-recompilation'];
    const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { cwd: packageRoot(), encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ before: true, after: true });
  });
});
