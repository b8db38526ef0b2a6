/**
 * `npm start` with reports coming and going in INDEX_DIR: each report added, replaced or removed since
 * the last index is logged once, by id and title; an unknown DEFAULT_REPORT is one fatal line.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';
import { reportChanges } from '../src/search/report-changes.js';
import { ATLANTIS_2017, ATLANTIS_2019, FIXTURE_DIR } from './helpers.js';

const MAIN = join(packageRoot(), 'dist', 'src', 'main.js');
const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK)_/.test(k)));

/** Starts the console on `dir` with nothing to answer, and returns its exit code and log lines. */
function start(dir: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [MAIN], { input: '', encoding: 'utf8', env: { ...CLEAN_ENV, INDEX_DIR: dir, LOG_LEVEL: 'info', ...env }, timeout: 60_000 });
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  return { code: r.status, lines, logs: lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const changesIn = (logs: Array<Record<string, unknown>>) => logs.filter((l) => typeof l.change === 'string').map(({ change, report, title, msg }) => ({ change, report, title, msg }));

describe('reports coming and going between starts', () => {
  it('logs each report added, replaced and removed, once, by id and title only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hr-bot-reports-'));
    const atlantis = readFileSync(join(FIXTURE_DIR, `${ATLANTIS_2019}.txt`), 'utf8');
    copyFileSync(join(FIXTURE_DIR, `${ATLANTIS_2019}.txt`), join(dir, `${ATLANTIS_2019}.txt`));
    // The first start has no previous index: nothing to compare with.
    expect(changesIn(start(dir).logs)).toEqual([]);

    writeFileSync(join(dir, `${ATLANTIS_2017}.txt`), atlantis.replace('ATLANTIS 2019', 'ATLANTIS 2017'));
    const added = start(dir);
    expect(changesIn(added.logs)).toEqual([{ change: 'added', report: ATLANTIS_2017, title: 'Atlantis 2017 Human Rights Report', msg: 'report added' }]);
    // Ids and titles only: nothing of the report's text reaches the log.
    expect(added.lines.join('\n')).not.toContain('coral police');

    expect(changesIn(start(dir).logs)).toEqual([]);

    writeFileSync(join(dir, `${ATLANTIS_2019}.txt`), atlantis.replace('42 complaints', '43 complaints'));
    expect(changesIn(start(dir).logs)).toEqual([{ change: 'replaced', report: ATLANTIS_2019, title: 'Atlantis 2019 Human Rights Report', msg: 'report replaced' }]);

    rmSync(join(dir, `${ATLANTIS_2017}.txt`));
    expect(changesIn(start(dir).logs)).toEqual([{ change: 'removed', report: ATLANTIS_2017, title: 'Atlantis 2017 Human Rights Report', msg: 'report removed' }]);
  });

  it('says only what it can tell about an index from before report hashes were kept', () => {
    const old = [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }];
    expect(reportChanges(old, [{ id: 'a', title: 'A', hash: '1' }, { id: 'c', title: 'C', hash: '2' }])).toEqual([
      { change: 'added', report: 'c', title: 'C' },
      { change: 'removed', report: 'b', title: 'B' },
    ]);
  });

  it.each([
    ['DEFAULT_REPORT names no report', { DEFAULT_REPORT: 'narnia-1950' }, /^DEFAULT_REPORT: there is no report "narnia-1950"/],
    ['a DAILY_CHANNELS preset names no report', { DAILY_CHANNELS: 'slack:C1@08:00 report:narnia-1950' }, /^DAILY_CHANNELS: slack:C1 report:narnia-1950: there is no report "narnia-1950"/],
  ])('stops with one fatal line naming the variable, no stack trace, when %s', (_case, env, problem) => {
    const dir = mkdtempSync(join(tmpdir(), 'hr-bot-reports-'));
    copyFileSync(join(FIXTURE_DIR, `${ATLANTIS_2019}.txt`), join(dir, `${ATLANTIS_2019}.txt`));
    const r = start(dir, { ...env, LOG_LEVEL: 'warn' });
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.logs[0]).toMatchObject({ level: 60, msg: 'start-up failed' });
    expect(String(r.logs[0]!.problem)).toMatch(problem);
    expect(String(r.logs[0]!.problem)).toContain(ATLANTIS_2019);
    expect(r.lines[0]).not.toMatch(/stack|at .*\.js:\d+/);
  });
});
