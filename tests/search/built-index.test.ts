import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_FILE, loadOrBuildIndex, readCurrentIndex } from '../../src/search/built-index.js';
import { FIXTURE_DIR, copyToTemp } from '../helpers.js';

describe('the built index on disk', () => {
  it('is built and saved when missing, then loaded as current', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    expect(readCurrentIndex(dir).reason).toBe('no built index yet');
    const built = loadOrBuildIndex(dir);
    expect(existsSync(join(dir, INDEX_FILE))).toBe(true);
    expect(readCurrentIndex(dir).index?.sourceHash).toBe(built.sourceHash);
  });

  it('is rebuilt when a report text changes', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    const before = loadOrBuildIndex(dir);
    appendFileSync(join(dir, 'atlantis-2019-human-rights-report.txt'), '\nAn added closing paragraph about lighthouses.\n');
    expect(readCurrentIndex(dir).reason).toMatch(/stale/);
    const after = loadOrBuildIndex(dir);
    expect(after.sourceHash).not.toBe(before.sourceHash);
    expect(JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8')).sourceHash).toBe(after.sourceHash);
  });

  it('is rebuilt when the saved file is corrupt', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    loadOrBuildIndex(dir);
    appendFileSync(join(dir, INDEX_FILE), '{{{');
    expect(readCurrentIndex(dir).reason).toMatch(/unreadable/);
    expect(loadOrBuildIndex(dir).reports.length).toBe(1);
  });

  it('refuses a folder with no report, saying what to add', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    rmSync(join(dir, 'atlantis-2019-human-rights-report.txt'));
    expect(() => loadOrBuildIndex(dir)).toThrow(/No report found/);
  });
});
