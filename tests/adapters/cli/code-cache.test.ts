import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { hrNodeFlags } from '../../../bench/runtime-flags.js';
import { packageRoot } from '../../../src/paths.js';

// A copy of the built `hr` (loader and bundle) in its own folder inside dist/, so its code cache is its own
// and the package root (index-data/, lexicon/) is still found above it.
const ROOT = packageRoot();
const built = join(ROOT, 'dist', 'src', 'adapters', 'cli');
const dir = mkdtempSync(join(ROOT, 'dist', 'src', 'adapters', 'cli-cache-test-'));
copyFileSync(join(built, 'hr.cjs'), join(dir, 'hr.cjs'));
copyFileSync(join(built, 'hr-bundle.cjs'), join(dir, 'hr-bundle.cjs'));
const cache = join(dir, 'hr-bundle.cache');
/** The flags `hr` run as a command gives node (its shebang's): V8 checks a code cache against them. */
const asCommand = hrNodeFlags(join(built, 'hr.cjs'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** The loader's checksum of a cache's data (required as a module, the loader lends it and runs nothing). */
const { cacheChecksum } = createRequire(import.meta.url)(join(built, 'hr.cjs')) as { cacheChecksum: (bytes: Uint8Array) => number };

function search(flags: string[] = asCommand, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [...flags, join(dir, 'hr.cjs'), 'search', '--json', 'jury size'], { cwd: ROOT, encoding: 'utf8', env, timeout: 30_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { results: Array<{ text: string }> };
}

describe("hr's bundle", () => {
  it('is ASCII, so that it reads into a one-byte string', () => {
    expect(readFileSync(join(built, 'hr-bundle.cjs')).every((b) => b < 0x80)).toBe(true);
  });
});

describe("hr's code cache", () => {
  it('is written by the first run and used by the next, with the same answer', () => {
    expect(existsSync(cache)).toBe(false);
    const first = search();
    expect(first.results[0]!.text).toMatch(/jur/i);
    const written = readFileSync(cache);
    expect(search()).toEqual(first);
    expect(readFileSync(cache).equals(written)).toBe(true);
  });

  it('is replaced, not trusted, when it is damaged or truncated', () => {
    const answer = search();
    const damaged = Buffer.from(readFileSync(cache));
    for (let i = 100; i < damaged.length; i += 97) damaged[i]! ^= 0x5a;
    writeFileSync(cache, damaged);
    // V8 does not checksum a code cache: loading this one would abort the process.
    expect(search()).toEqual(answer);
    expect(readFileSync(cache).equals(damaged)).toBe(false);
    writeFileSync(cache, readFileSync(cache).subarray(0, 1000));
    expect(search()).toEqual(answer);
    expect(readFileSync(cache).length).toBeGreaterThan(1000);
  });

  it('written by a first run over stdin, holds what one answer compiled, not the whole batch', () => {
    // A cache holding every function a long stdin batch compiled made each later one-shot slower to
    // start (256 KB against 206 KB, ~7 % of its wall time): a one-shot loads all of it.
    rmSync(cache, { force: true });
    search();
    const oneShot = readFileSync(cache).length;
    rmSync(cache, { force: true });
    const lines = ['jury size', ...Array.from({ length: 40 }, (_, i) => [`how many prisoners died in ${2000 + i}`, 'can gay couples marry', 'tortrue complaints by detainees', 'section 2a', 'pizza recipe', 'hello'][i % 6]!)];
    const r = spawnSync(process.execPath, [...asCommand, join(dir, 'hr.cjs'), 'search', '--json'], { cwd: ROOT, encoding: 'utf8', input: `${lines.join('\n')}\n`, timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(lines.length);
    expect(readFileSync(cache).length).toBeLessThan(oneShot * 1.05);
  });

  it('is made again when the bundle changes', () => {
    search();
    const before = readFileSync(cache);
    writeFileSync(join(dir, 'hr-bundle.cjs'), `${readFileSync(join(dir, 'hr-bundle.cjs'), 'utf8')}\n// rebuilt\n`);
    search();
    expect(readFileSync(cache).subarray(0, 32).equals(before.subarray(0, 32))).toBe(false);
  });

  it('is made again when the bundle is rewritten to the same length', () => {
    search();
    const before = readFileSync(cache);
    // V8 checks only the source's length: a cache of the old text would run the old code.
    const text = readFileSync(join(dir, 'hr-bundle.cjs'), 'utf8');
    writeFileSync(join(dir, 'hr-bundle.cjs'), text.replace(/\/\/ rebuilt\n$/, '// rebuilT\n'));
    expect(readFileSync(join(dir, 'hr-bundle.cjs'), 'utf8')).not.toBe(text);
    search();
    expect(readFileSync(cache).subarray(0, 32).equals(before.subarray(0, 32))).toBe(false);
  });
});

/** The build's step that writes hr's code cache (scripts/write-cli-cache.js), for the folder `into`. */
function writeCacheAsTheBuildDoes(into: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'write-cli-cache.js'), into], { cwd: ROOT, encoding: 'utf8', env, timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}

describe("hr's code cache made by the build", () => {
  it('is there after the build, and the installed hr uses it as it is', () => {
    const installed = join(built, 'hr-bundle.cache');
    expect(existsSync(installed)).toBe(true);
    const before = readFileSync(installed);
    const r = spawnSync(process.execPath, [...asCommand, join(built, 'hr.cjs'), 'search', '--json', 'jury size'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    // A cache V8 refused would have been written again.
    expect(readFileSync(installed).equals(before)).toBe(true);
  });

  it('is made from a run over a query, as a first run makes it, and kept by the runs after it', () => {
    rmSync(cache, { force: true });
    writeCacheAsTheBuildDoes(dir);
    const made = readFileSync(cache);
    // More than the bundle's top level: the functions a query compiles too (~40 KB without them).
    expect(made.length).toBeGreaterThan(150_000);
    expect(search().results[0]!.text).toMatch(/jur/i);
    expect(search(asCommand.filter((flag) => flag !== '--v8-pool-size=1')).results[0]!.text).toMatch(/jur/i);
    expect(readFileSync(cache).equals(made)).toBe(true);
  });

  it('holds what a first bare phrase compiles, not only what a question does', () => {
    // The functions of the bundle V8 compiles lazily in a run (those the cache lacks), from V8's log: a copy of hr whose
    // shebang also logs them, so that the build's writer (which runs hr with the shebang's flags) makes its cache under
    // the same flags and V8 takes it.
    const logged = mkdtempSync(join(ROOT, 'dist', 'src', 'adapters', 'cli-cache-log-test-'));
    const log = join(logged, 'v8.log');
    try {
      const [shebang, ...rest] = readFileSync(join(built, 'hr.cjs'), 'utf8').split('\n');
      writeFileSync(join(logged, 'hr.cjs'), [`${shebang} --log-function-events --logfile=${log} --no-logfile-per-isolate`, ...rest].join('\n'));
      copyFileSync(join(built, 'hr-bundle.cjs'), join(logged, 'hr-bundle.cjs'));
      writeCacheAsTheBuildDoes(logged);
      const flags = [...asCommand, '--log-function-events', `--logfile=${log}`, '--no-logfile-per-isolate'];
      const r = spawnSync(process.execPath, [...flags, join(logged, 'hr.cjs'), 'search', 'forced labor complaints'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
      expect(r.status).toBe(0);
      const lines = readFileSync(log, 'utf8').split('\n');
      // The log tells lazy compiles (the loader's own functions are some), and the bundle was read from the cache.
      expect(lines.some((l) => l.startsWith('function,parse-function,'))).toBe(true);
      const script = lines.find((l) => l.startsWith('function,deserialize,') && l.endsWith('hr-bundle.cjs'))?.split(',')[2];
      expect(script).toBeDefined();
      // From a cache of the build's question alone, ~20.
      expect(lines.filter((l) => l.startsWith(`function,parse-function,${script},`)).length).toBeLessThanOrEqual(3);
    } finally {
      rmSync(logged, { recursive: true, force: true });
    }
  });

  it('is written again, with what a run that used it compiled, only when the build\'s writer asks', () => {
    rmSync(cache, { force: true });
    search();
    const first = readFileSync(cache);
    const phrase = (env: NodeJS.ProcessEnv) => {
      const r = spawnSync(process.execPath, [...asCommand, join(dir, 'hr.cjs'), 'search', '--json', 'forced labor complaints'], { cwd: ROOT, encoding: 'utf8', env, timeout: 30_000 });
      expect(r.status).toBe(0);
    };
    phrase(process.env);
    expect(readFileSync(cache).equals(first)).toBe(true);
    phrase({ ...process.env, HR_CODE_CACHE_EXTEND: '1' });
    const extended = readFileSync(cache);
    expect(extended.length).toBeGreaterThan(first.length);
    expect(extended.readUInt32LE(32)).toBe(cacheChecksum(extended.subarray(64)));
    // Whole and taken: the next run keeps it.
    search();
    expect(readFileSync(cache).equals(extended)).toBe(true);
  });

  it('is replaced, not crashed on, when another Node version made it', () => {
    writeCacheAsTheBuildDoes(dir);
    const answer = search();
    const made = readFileSync(cache);
    // V8's own header after the loader's 64 bytes: magic number, then the hash of the V8 version that wrote it.
    const other = Buffer.from(made);
    other.writeUInt32LE((other.readUInt32LE(64 + 4) ^ 0x0101) >>> 0, 64 + 4);
    other.writeUInt32LE(cacheChecksum(other.subarray(64)), 32);
    writeFileSync(cache, other);
    expect(search()).toEqual(answer);
    expect(readFileSync(cache).readUInt32LE(64 + 4)).toBe(made.readUInt32LE(64 + 4));
  });

  it('is replaced when node runs with other V8 flags, and again when it runs with the usual ones', () => {
    writeCacheAsTheBuildDoes(dir);
    const answer = search();
    const made = readFileSync(cache);
    expect(search([...asCommand, '--no-opt'])).toEqual(answer);
    const underOther = readFileSync(cache);
    expect(underOther.equals(made)).toBe(false);
    expect(search()).toEqual(answer);
    expect(readFileSync(cache).equals(underOther)).toBe(false);
  });

  it('is not made over an index that is not current, and the index is not built for it', () => {
    rmSync(cache, { force: true });
    const empty = mkdtempSync(join(tmpdir(), 'hr-no-index-'));
    try {
      writeCacheAsTheBuildDoes(dir, { ...process.env, INDEX_DIR: empty });
      expect(existsSync(cache)).toBe(false);
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('cannot be written in a folder hr may not write to, and hr answers all the same', () => {
    rmSync(cache, { force: true });
    const answer = search();
    rmSync(cache, { force: true });
    // Where the cache would go, a folder: nothing can be read from or renamed onto it (root writes anywhere, so a
    // read-only folder alone would not stop a test run as root).
    mkdirSync(cache);
    chmodSync(dir, 0o555);
    try {
      writeCacheAsTheBuildDoes(dir);
      expect(search()).toEqual(answer);
      expect(readdirSync(cache)).toEqual([]);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
