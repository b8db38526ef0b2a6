// Part of `npm run build` (after scripts/bundle-cli.js) and of `npm run index`: writes the `hr` command's
// code cache (hr-bundle.cache, see scripts/hr-loader.cjs) before anyone runs `hr`, so that its user's
// first run after a build or an install starts from the cache like every later one (without it, ~25 ms
// more module load and ~5 ms more CPU for the first query: docs/search-speed.md, issue 13 rounds 27 and 29).
// It is made the way the loader makes it after a first run: by running the built `hr`, as its bin runs
// (its shebang's flags, this Node), over everyday queries (`QUERIES`), so V8's cache holds the functions a
// query compiles and not only the bundle's top level. V8 ties a cache to Node's version and flags; a
// cache made here is still checked by the loader on every run and replaced when V8 refuses it.
//
// Only over a current index: the run must not rebuild the index itself (a fresh clone builds before it
// indexes; `npm run index` then writes the cache). Nothing is written when the folder is not writable,
// and a failure here never fails the build: without a cache, `hr` only starts slower.
//
// `node scripts/write-cli-cache.js [DIR]`: DIR holds hr.cjs and hr-bundle.cjs (default the build's).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/**
 * Everyday words about what every country report covers (no report's own terms), typed as people ask: a question, a
 * bare phrase and a count, for a first query of each shape takes paths of its own (a phrase's checks for a bare
 * topic, a count's figures): from a cache of the question alone, a first bare phrase compiled ~20 of the bundle's
 * functions and a first count ~60; from these three's, 1 and ~30 (docs/search-speed.md, issue 13 round 67). Each run
 * adds what it compiled to the cache the one before wrote (HR_CODE_CACHE_EXTEND, scripts/hr-loader.cjs).
 */
const QUERIES = ['are journalists arrested for criticizing the government', 'prison conditions', 'how many journalists were arrested'];

const dir = resolve(process.argv[2] ?? 'dist/src/adapters/cli');
const loader = join(dir, 'hr.cjs');
const dist = resolve('dist/src');

if (!existsSync(loader) || !existsSync(join(dist, 'search', 'built-index.js'))) process.exit(0);
const { loadIndexSettings } = await import(pathToFileURL(join(dist, 'settings.js')).href);
let current = false;
try {
  const { indexDir } = loadIndexSettings(process.env);
  // No index at all (a fresh clone's build), told without loading the index's module.
  if (existsSync(join(indexDir, 'index.jsonl'))) {
    const { readStampedIndex } = await import(pathToFileURL(join(dist, 'search', 'built-index.js')).href);
    current = readStampedIndex(indexDir) !== undefined;
  }
} catch {
  // An unreadable index or setting: hr would say so to its user; no cache from here.
}
if (!current) process.exit(0);
// As `hr` runs: the shebang's node flags (scripts/hr-loader.cjs), which V8's cache is checked against.
const flags = readFileSync(loader, 'utf8').split('\n', 1)[0].replace(/^#!.*?\bnode\b/, '').trim().split(/\s+/).filter(Boolean);
for (const [i, query] of QUERIES.entries()) {
  const env = { ...process.env, NO_COLOR: '1', ...(i > 0 ? { HR_CODE_CACHE_EXTEND: '1' } : {}) };
  const run = spawnSync(process.execPath, [...flags, loader, 'search', query], { stdio: 'ignore', env, timeout: 60_000 });
  if (run.status !== 0) {
    process.stderr.write(`hr-bot: hr's code cache was not written (hr search exited ${run.status ?? run.signal}); hr will write it on its first run\n`);
    break;
  }
  // No cache after the first run (a folder hr may not write to): the others would have none to add to.
  if (i === 0 && !existsSync(join(dir, 'hr-bundle.cache'))) break;
}
