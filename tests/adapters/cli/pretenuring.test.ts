import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../../src/paths.js';

// hr's loader turns V8's allocation-site pretenuring off (scripts/hr-loader.cjs): in a stdin session, the
// literals of hr's lazy caches, whose objects all survive, were moved to old-space allocation at the first
// scavenge of a full-grown young generation, and the optimised code of the ranking functions that inlined them
// was thrown away a few hundred questions in. With `--trace-pretenuring-statistics` V8 prints a line for each
// literal it weighs after a scavenge; with pretenuring off it weighs none.
const ROOT = packageRoot();
const built = join(ROOT, 'dist', 'src', 'adapters', 'cli');
// A copy of the loader and bundle: a run under other V8 flags rewrites the code cache beside the bundle.
const dir = mkdtempSync(join(ROOT, 'dist', 'src', 'adapters', 'cli-pretenuring-test-'));
copyFileSync(join(built, 'hr.cjs'), join(dir, 'hr.cjs'));
copyFileSync(join(built, 'hr-bundle.cjs'), join(dir, 'hr-bundle.cjs'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const questions = readFileSync(join(ROOT, 'bench', 'questions', 'in-scope.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 40)
  .map((line) => (JSON.parse(line) as { query: string }).query);

/** `hr search --json` over the questions on stdin, run by `script` under V8's pretenuring trace: its answers and the trace's lines. */
function session(script: string): { answers: number; weighed: number } {
  const r = spawnSync(process.execPath, ['--trace-pretenuring-statistics', script, 'search', '--json'], { cwd: ROOT, encoding: 'utf8', input: `${questions.join('\n')}\n`, timeout: 60_000 });
  expect(r.status).toBe(0);
  const lines = r.stdout.split('\n');
  return { answers: lines.filter((l) => l.startsWith('{')).length, weighed: lines.filter((l) => l.includes('pretenuring:')).length };
}

describe("hr's allocation-site pretenuring", () => {
  it('is off when hr runs through its loader, so no literal is weighed for old-space allocation', () => {
    const run = session(join(dir, 'hr.cjs'));
    expect(run.answers).toBe(questions.length);
    expect(run.weighed).toBe(0);
  });

  it("is on (V8's default) without the loader, and the same session then weighs literals: the trace shows them", () => {
    const run = session(join(built, 'bin.js'));
    expect(run.answers).toBe(questions.length);
    expect(run.weighed).toBeGreaterThan(0);
  });
});
