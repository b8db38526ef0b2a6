/** HR_TIMINGS=1: the one-shot `hr search` tells its start-up's phases on stderr, and nothing when it is not set. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hrNodeFlags } from '../../../bench/runtime-flags.js';
import { packageRoot } from '../../../src/paths.js';

const ROOT = packageRoot();
/** The installed `hr` (the bundle, through its loader) and the modules it is bundled from. */
const BIN = join(ROOT, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { hr: string } }).bin.hr);
const MODULES_BIN = join(ROOT, 'dist', 'src', 'adapters', 'cli', 'bin.js');
interface Phases {
  modules: number;
  index: number;
  firstQuery: number;
  total: number;
}
const QUERY = 'detainee torture complaints';

function search(file: string, env: NodeJS.ProcessEnv, args: string[] = ['search', QUERY]) {
  const { HR_TIMINGS: _, ...rest } = process.env;
  // The installed `hr` as it runs as a command (its shebang's flags): it uses the build's code cache and leaves it as it is.
  const r = spawnSync(process.execPath, [...(file === BIN ? hrNodeFlags(BIN) : []), file, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...rest, NO_COLOR: '1', ...env }, timeout: 30_000 });
  expect(r.status).toBe(0);
  return { out: r.stdout, err: r.stderr };
}

describe.each([
  ['the installed hr', BIN],
  ['the unbundled modules', MODULES_BIN],
])('HR_TIMINGS=1 through %s', (_, file) => {
  it('writes one JSON line of phases in milliseconds, wall and CPU, after the same answer', () => {
    const plain = search(file, {});
    const timed = search(file, { HR_TIMINGS: '1' });
    expect(timed.out).toBe(plain.out);
    const lines = timed.err.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const phases = JSON.parse(lines[0]!) as Phases & { node: number; cpu: Phases };
    expect(Object.keys(phases)).toEqual(['node', 'modules', 'index', 'firstQuery', 'total', 'cpu']);
    expect(Object.keys(phases.cpu)).toEqual(['modules', 'index', 'firstQuery', 'total']);
    for (const ms of [phases.node, ...Object.values(phases.cpu), phases.modules, phases.index, phases.firstQuery, phases.total]) expect(ms).toBeGreaterThanOrEqual(0);
    // The phases lie within the total, from the process's start.
    expect(phases.node + phases.modules + phases.index + phases.firstQuery).toBeLessThanOrEqual(phases.total);
  });

  it('never writes the query or any of its words', () => {
    const { err } = search(file, { HR_TIMINGS: '1' });
    for (const word of QUERY.split(' ')) expect(err).not.toContain(word);
  });

  it('is off by default and for any other value', () => {
    expect(search(file, {}).err).toBe('');
    expect(search(file, { HR_TIMINGS: '0' }).err).toBe('');
  });

  it('leaves every command but a one-shot search silent', () => {
    expect(search(file, { HR_TIMINGS: '1' }, ['section', '2a']).err).toBe('');
  });
});
