/**
 * The bundled `hr` keeps the index build (MiniSearch, the report parser, the fact picking) out of the
 * bundle every one-shot search reads and runs: `scripts/bundle-cli.js` bundles it apart and writes
 * each bundle's inputs beside it; the search's bundle requires it only when the saved index is not
 * current by its stamp.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hrNodeFlags } from '../../../bench/runtime-flags.js';
import { packageRoot } from '../../../src/paths.js';
import { copyToTemp, REPORT_DIR } from '../../helpers.js';

const BUILT = join(packageRoot(), 'dist', 'src', 'adapters', 'cli');
const inputsOf = (bundle: string) => JSON.parse(readFileSync(join(BUILT, bundle.replace(/\.cjs$/, '.inputs.json')), 'utf8')) as string[];
/** Modules only the index build runs: a search over a current index needs none of them. */
const BUILD_ONLY = ['node_modules/minisearch/', 'dist/src/search/index-build.js', 'dist/src/report/parse.js', 'dist/src/report/facts.js', 'dist/src/report/sources.js'];

/** The side bundles the bundled `hr` required while running `args` in `indexDir` (Node's module debug log). */
function sideBundlesLoaded(args: string[], indexDir: string): string[] {
  // As `hr` runs (its shebang's flags): the build's code cache is used, not written again.
  const r = spawnSync(process.execPath, [...hrNodeFlags(join(BUILT, 'hr.cjs')), join(BUILT, 'hr.cjs'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, INDEX_DIR: indexDir, NODE_DEBUG: 'module', LOG_LEVEL: 'silent' }, timeout: 60_000 });
  expect(r.status).toBe(0);
  return [...new Set([...r.stderr.matchAll(/load "[^"]*\/(hr-[\w-]+\.cjs)"/g)].map((m) => m[1]!))].filter((name) => name !== 'hr.cjs');
}

describe('the bundled hr', () => {
  it('bundles the index build apart from the search', () => {
    const search = inputsOf('hr-bundle.cjs');
    const build = inputsOf('hr-index-build.cjs');
    for (const module of BUILD_ONLY) {
      expect(build.some((input) => input.startsWith(module))).toBe(true);
      expect(search.filter((input) => input.startsWith(module))).toEqual([]);
    }
    // What both need is in the search's bundle: reading the saved index, the analyser.
    expect(search).toContain('dist/src/search/built-index.js');
    expect(search).toContain('dist/src/search/analysis.js');
  });

  it('loads no index build to search a current index, and loads it to build a missing one', async () => {
    const dir = copyToTemp(REPORT_DIR);
    const fresh = copyToTemp(REPORT_DIR);
    rmSync(join(fresh, 'index.jsonl'));
    // An index is stamped only with files changed over a second before (see `sourcesStamp`).
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // A copied folder has new times and inodes: the first run checks the hash (and stamps the index afresh).
    expect(sideBundlesLoaded(['search', 'torture', '--json'], dir)).toEqual(['hr-index-build.cjs']);
    expect(sideBundlesLoaded(['search', 'torture', '--json'], dir)).toEqual([]);
    expect(sideBundlesLoaded(['fact', '--date', '2026-12-05'], dir)).toEqual([]);
    expect(sideBundlesLoaded(['search', 'torture', '--json'], fresh)).toEqual(['hr-index-build.cjs']);
    expect(sideBundlesLoaded(['search', 'torture', '--json'], fresh)).toEqual([]);
  });
});
