/** Which of Node's own modules a one-shot `hr search` loads beyond what `node -e 0` loads. */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hrNodeFlags } from '../../../bench/runtime-flags.js';
import { packageRoot } from '../../../src/paths.js';

const ROOT = packageRoot();
const BIN = join(ROOT, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { hr: string } }).bin.hr);
const scratch = mkdtempSync(join(tmpdir(), 'hr-modules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
// Preloaded with -r (a Node option, not a V8 flag: the code cache still fits): writes the modules Node loaded, at exit.
const preload = join(scratch, 'loaded.cjs');
writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADED_OUT, process.moduleLoadList.join('\\n')));\n`);

/** Node's internal modules loaded by `args` run with `hr`'s flags, its stdout a pipe (as a script or the bench reads it). */
function nodeModulesLoaded(args: string[], stdin: 'pipe' | number = 'pipe'): Set<string> {
  const out = join(scratch, `loaded-${args.length}.txt`);
  const r = spawnSync(process.execPath, [...hrNodeFlags(BIN), '-r', preload, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LOADED_OUT: out }, stdio: [stdin, 'pipe', 'pipe'], timeout: 30_000 });
  expect(r.status).toBe(0);
  return new Set(readFileSync(out, 'utf8').split('\n').filter((m) => m.startsWith('NativeModule ')));
}

describe('a one-shot `hr search` into a pipe', () => {
  // hr's V8 flags differ from those Node's embedded code cache was made with, so each of Node's modules not in its
  // start-up snapshot is compiled from source: process.stdout on a pipe (net and ~20 stream modules), node:zlib and
  // node:v8 (both load the streams) cost a one-shot ~10 ms of CPU that `node -e 0` never pays (docs/search-speed.md,
  // issue 13 round 61).
  it('answers without loading Node’s stream, net, zlib or v8 modules', () => {
    const bare = nodeModulesLoaded(['-e', '0']);
    const r = spawnSync(process.execPath, [...hrNodeFlags(BIN), BIN, 'search', 'torture complaints'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 });
    expect(r.stdout).toMatch(/Torture/);
    const extra = [...nodeModulesLoaded([BIN, 'search', 'torture complaints'])].filter((m) => !bare.has(m));
    expect(extra.filter((m) => /^NativeModule (stream|net|zlib|v8|internal\/streams\/)/.test(m))).toEqual([]);
  });

  // Round 61 left `hr help` on process.stdout (round 63).
  it('prints its help without loading Node’s stream or net modules', () => {
    const bare = nodeModulesLoaded(['-e', '0']);
    const r = spawnSync(process.execPath, [...hrNodeFlags(BIN), BIN, 'help'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.stdout).toMatch(/hr search/);
    const extra = [...nodeModulesLoaded([BIN, 'help'])].filter((m) => !bare.has(m));
    expect(extra.filter((m) => /^NativeModule (stream|net|internal\/streams\/)/.test(m))).toEqual([]);
  });

  // Answers to stdin lines went through process.stdout (a net socket on a pipe) until round 64: its stream's request and
  // callbacks, and the line's encoding each time, were ~a tenth of a round trip.
  it('answers stdin lines without process.stdout: read from a file, no net module is loaded', () => {
    const questions = join(scratch, 'questions.txt');
    writeFileSync(questions, 'how long can police hold a detainee\nwomen in parliament\n');
    const fd = openSync(questions, 'r');
    try {
      const loaded = nodeModulesLoaded([BIN, 'search', '--json'], fd);
      expect([...loaded].filter((m) => /^NativeModule (net|internal\/stream_base_commons)$/.test(m))).toEqual([]);
    } finally {
      closeSync(fd);
    }
  });
});
