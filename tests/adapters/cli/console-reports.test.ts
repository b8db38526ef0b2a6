/** `npm start` with several reports in INDEX_DIR: the console's report:…, reports, and `more` keeping to the report. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../../src/paths.js';
import { ATLANTIS_2017, KAZAKHSTAN_2017, severalReportsDir } from '../../helpers.js';

const MAIN = join(packageRoot(), 'dist', 'src', 'main.js');
const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK)_/.test(k)));

function start(input: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [MAIN], { input, encoding: 'utf8', env: { ...CLEAN_ENV, NO_COLOR: '1', LOG_LEVEL: 'warn', ...env }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the console with several reports', () => {
  const dir = severalReportsDir();

  it('lists the reports, keeps a search and its `more` to report:…, and says which reports a year fits', () => {
    const r = start('reports\nsearch prison report:kazakhstan\nmore\nsearch prison report:2017\n', { INDEX_DIR: dir });
    expect(r.code).toBe(0);
    // Piped answers are in input order: cut the output where each one starts.
    const at = ['Results 1–', 'Results 4–', 'fits 2 reports'].map((marker) => r.out.indexOf(marker));
    expect(at.every((i, n) => i > (at[n - 1] ?? 0))).toBe(true);
    const [reports, first, more, ambiguous] = [r.out.slice(0, at[0]), r.out.slice(at[0], at[1]), r.out.slice(at[1], at[2]), r.out.slice(at[2])];
    expect(reports).toContain(KAZAKHSTAN_2017);
    expect(reports).toContain(ATLANTIS_2017);
    for (const page of [first, more]) {
      expect(page).toContain('Kazakhstan 2017 Human Rights Report');
      expect(page).not.toContain('Atlantis');
    }
    expect(ambiguous).toContain(KAZAKHSTAN_2017);
  });

  it('gives examples that keep to the installed reports: a report name that exists, the report named for the next section', () => {
    const r = start('reports\nsections report:kazakhstan\nsection 1z report:kazakhstan\n', { INDEX_DIR: dir });
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('report:2018');
    expect(r.out).toMatch(/e\.g\. search torture report:(2019|kazakhstan)\b/);
    expect(r.out).toContain(`e.g. section 2a report:${KAZAKHSTAN_2017}`);
    // The sections an unknown ref suggests are the named report's: the hint to read one says so.
    expect(r.out.slice(r.out.indexOf('There is no section'))).toContain(`section <ref> report:${KAZAKHSTAN_2017}`);
  });
});
