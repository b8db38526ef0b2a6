import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';

/**
 * In a fresh process: `scoreSentences` warmed on `plain` (`rounds` times), optimised on the next call (`last`), then
 * `asked` searched. Whether the function had optimised code before `asked` and still has it after.
 */
function optimisedAround(plain: readonly string[], rounds: number, last: string, asked: readonly string[]): { before: boolean; after: boolean } {
  const dist = (path: string) => JSON.stringify(pathToFileURL(join(packageRoot(), 'dist', 'src', path)).href);
  const script = `
    const { readStampedIndex } = await import(${dist('search/built-index.js')});
    const { createQueryService } = await import(${dist('search/service.js')});
    const { QueryScorer } = await import(${dist('search/ranking.js')});
    const service = createQueryService(readStampedIndex(${JSON.stringify(join(packageRoot(), 'index-data'))}));
    const f = QueryScorer.prototype.scoreSentences;
    %PrepareFunctionForOptimization(f);
    for (let i = 0; i < ${rounds}; i++) for (const q of ${JSON.stringify(plain)}) service.search(q, { limit: 10 });
    %OptimizeFunctionOnNextCall(f);
    service.search(${JSON.stringify(last)}, { limit: 10 });
    const before = %GetOptimizationStatus(f);
    for (const q of ${JSON.stringify(asked)}) service.search(q, { limit: 10 });
    const after = %GetOptimizationStatus(f);
    // V8's status bit 4: optimised code. Compiles are synchronous (--no-concurrent-recompilation): a compile the
    // loop above started on its own would otherwise still be running here.
    console.log(JSON.stringify({ before: (before & 16) !== 0, after: (after & 16) !== 0 }));
  `;
  // A young generation large enough that no object lives to the old one and no full collection runs: a full collection
  // clears the maps a function's feedback holds weakly, and whether one landed in the warm-up depended on how much every
  // other query allocated (a change to query parsing made it land in ~2 of 3 runs, and the function compiled without that
  // feedback lost its code for a reason this test is not about).
  const flags = ['--allow-natives-syntax', '--no-concurrent-recompilation', '--min-semi-space-size=64', '--max-semi-space-size=64'];
  const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { cwd: packageRoot(), encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { before: boolean; after: boolean };
}

// `scoreSentences` reads every constant, flag test and product its question-dependent bonuses need on every call: a
// read, a product or a call first met at a fresh `hr`'s first figure, counting, law or date question had no type feedback
// and threw the function's optimised code away (docs/search-speed.md, issue 13 round 50).
describe('scoreSentences across question kinds', () => {
  it('keeps its optimised code when the first figure, counting, law and date questions come after it is optimised', () => {
    // Questions of none of the four kinds (the last one meets a term inside a name, and asks leave, branches this test is not about).
    const plain = ['Are journalists arrested for criticizing the government?', 'Is there torture in prisons?', 'Do workers have the right to join unions?', 'Is the internet censored?', 'Are peaceful protesters arrested?', 'Is there freedom of the press?', 'Are women treated equally at work?', 'Can people protest without permission?'];
    const asked = ['How many people were arrested at the protests?', 'What does the law say about freedom of assembly?', 'When was the election held?', 'How many journalists were killed?'];
    expect(optimisedAround(plain, 10, 'Are bloggers detained for their posts?', asked)).toEqual({ before: true, after: true });
  });

  // The permission branch and the test of a term met only inside a name run on a process's first queries' paragraphs with
  // neutral values (`PERMISSION_PROBES`): before, a fresh `hr`'s first "can…" question threw the code away (round 51).
  it.each([
    ['a permission question', 'Can workers go on strike?'],
    ['a question with a term met only inside a name', 'do people gather to protest'],
    // A why-question reads which sentences state a cause (`causeSentences`, quality round 127's bonus): before, the first one a
    // process met after the function was optimised threw the code away (in the bench's first round, and in `hr` over stdin).
    ['a why-question', 'Why were journalists arrested?'],
  ])('keeps its optimised code when %s comes after it is optimised', (_kind, asked) => {
    // No permission question and no term met only inside a name among them.
    const plain = ['Are journalists arrested for criticizing the government?', 'Is there torture in prisons?', 'Do workers have the right to join unions?', 'Is the internet censored?', 'Are peaceful protesters arrested?', 'Is there freedom of the press?', 'Are women treated equally at work?', 'Are bloggers detained for their posts?'];
    expect(optimisedAround(plain, 1, 'Are reporters jailed for criticizing officials?', [asked])).toEqual({ before: true, after: true });
  });
});
