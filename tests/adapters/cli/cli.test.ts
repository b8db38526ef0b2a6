import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hrNodeFlags } from '../../../bench/runtime-flags.js';
import { packageRoot } from '../../../src/paths.js';
import { FIXTURE_DIR, REPORT_DIR, copyToTemp } from '../../helpers.js';

const ROOT = packageRoot();
/** The installed `hr`: the package's bin, the build's one-file bundle of `src/adapters/cli/bin.ts`. */
const BIN = join(ROOT, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { hr: string } }).bin.hr);
const MAIN = join(ROOT, 'dist', 'src', 'main.js');
/** The environment without any chat credentials, so `main` opens the console. */
const CLEAN_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK)_/.test(k)));

/** Node's flags for `file`: the installed `hr` as it runs as a command (its shebang's), so it uses the build's code cache and leaves it as it is. */
const flagsFor = (file: string) => (file === BIN ? hrNodeFlags(BIN) : []);

function run(file: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [...flagsFor(file), file, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...CLEAN_ENV, NO_COLOR: '1', ...env }, timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the hr command', () => {
  it('answers a one-shot search as JSON with whole paragraphs and citations, best first', () => {
    const r = run(BIN, ['search', '--json', '--limit', '3', 'how long can police hold a detainee']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.query).toBe('how long can police hold a detainee');
    expect(out.results).toHaveLength(3);
    expect(Object.keys(out.results[0])).toEqual(['text', 'citation', 'answer', 'sectionId', 'score', 'reportId']);
    expect(out.results.some((x: { text: string }) => x.text.includes('72 hours'))).toBe(true);
    expect(out.results[0].score).toBeGreaterThanOrEqual(out.results[1].score);
  });

  it('says in JSON whether the report covers each query, with an absolute confidence', () => {
    const r = run(BIN, ['search', '--json'], 'prison conditions\nchocolate cake recipe\n');
    const [inScope, offTopic] = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(Object.keys(inScope).slice(0, 3)).toEqual(['query', 'covered', 'confidence']);
    expect(inScope).toMatchObject({ covered: true });
    expect(inScope.confidence).toBeGreaterThan(0.5);
    expect(offTopic).toMatchObject({ covered: false });
    expect(offTopic.confidence).toBeLessThan(0.5);
    expect(offTopic.results.length).toBeGreaterThan(0);
  });

  it("says in JSON that the report does not cover another country's affairs, the country typed in lower case, and covers its own", () => {
    // Countries it never names, typed in lower case; a neighbour and a year it names only in passing; a
    // two-word name it never writes; then its own topics.
    const lines = ['torture in germany', 'prison conditions in mexico', 'death penalty in china', 'torture in 2012', 'human rights in the united states', 'torture complaints', 'prison conditions', 'what did the 2007 constitutional amendments change'];
    const r = run(BIN, ['search', '--json'], `${lines.join('\n')}\n`);
    const covered = r.out.trim().split('\n').map((l) => (JSON.parse(l) as { covered: boolean }).covered);
    expect(covered).toEqual([false, false, false, false, false, true, true, true]);
  });

  it('says plainly on the console when the report does not cover a question, and points small talk to help', () => {
    expect(run(BIN, ['search', 'chocolate cake recipe']).out).toMatch(/^The report doesn't seem to cover “chocolate cake recipe”/);
    expect(run(BIN, ['search', 'prison conditions']).out).not.toMatch(/doesn't seem to cover/);
    expect(run(BIN, ['search', 'hello']).out.trim()).toMatch(/^Hi! .*type help/);
  });

  it('points a question about the bot or its source to help, naming the loaded report', () => {
    for (const query of ['which report is this', 'what commands do you have']) {
      expect(run(BIN, ['search', query]).out.trim()).toMatch(/^Hi! I answer questions about the Kazakhstan 2017 Human Rights Report\..*type help/);
    }
  });

  it('reads one query per stdin line and writes one JSON line each, in order', () => {
    const r = run(BIN, ['search', '--json'], 'prison tuberculosis\n\njury size\n');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(['prison tuberculosis', '', 'jury size']);
    expect(lines[1].error.code).toBe('empty-query');
    expect(lines[2].results[0].text).toMatch(/jur/i);
  });

  it('answers a last stdin line that has no newline', () => {
    const r = run(BIN, ['search', '--json'], 'prison tuberculosis\r\njury size');
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).query)).toEqual(['prison tuberculosis', 'jury size']);
  });

  it('answers a stdin line that arrives in two pieces once, whole', async () => {
    const child = spawn(process.execPath, [...flagsFor(BIN), BIN, 'search', '--json'], { cwd: ROOT, env: { ...CLEAN_ENV, NO_COLOR: '1' } });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stdin.write('prison tuber');
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.stdin.end('culosis\njury size\n');
    await new Promise((resolve) => child.on('close', resolve));
    expect(out.trim().split('\n').map((l) => JSON.parse(l).query)).toEqual(['prison tuberculosis', 'jury size']);
  });

  it('keeps a stray carriage return inside its line, so answers still line up with questions', () => {
    const r = run(BIN, ['search', '--json'], 'prison\rtuberculosis\r\njury size\n');
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(['prison\rtuberculosis', 'jury size']);
    expect(lines[0].results.length).toBeGreaterThan(0);
  });

  it('prints a section page as JSON', () => {
    const out = JSON.parse(run(BIN, ['section', '2a', '--page', '2', '--json']).out);
    expect(out).toMatchObject({ id: '2.a', heading: 'Freedom of Expression, Including for the Press', page: 2 });
    expect(Object.keys(out)).toEqual(['id', 'heading', 'path', 'page', 'pages', 'text', 'reportId']);
  });

  it('exits non-zero with an error, its code and suggestions for an unknown section', () => {
    const r = run(BIN, ['section', '2h', '--json']);
    expect(r.code).not.toBe(0);
    const out = JSON.parse(r.out);
    expect(out.error.code).toBe('unknown-section');
    expect(out.error.suggestions.map((s: { ref: string }) => s.ref)).toContain('2a');
  });

  it('prints readable text with citations by default', () => {
    const r = run(BIN, ['search', 'jury', 'trials']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^1\. §1\.e Denial of Fair Public Trial/m);
  });

  it('gives the same fact for the same day, a citation with it, and lists every fact for review', () => {
    const a = JSON.parse(run(BIN, ['fact', '--date', '2027-03-01', '--json']).out);
    const b = JSON.parse(run(BIN, ['fact', '--date', '2027-03-01', '--json']).out);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ date: '2027-03-01', id: expect.any(String), text: expect.any(String), citation: expect.stringMatching(/¶\d+$/) });
    const all = JSON.parse(run(BIN, ['facts', '--json']).out).facts as Array<{ id: string }>;
    expect(all.length).toBeGreaterThan(100);
    expect(all.map((f) => f.id)).toContain(a.id);
  });

  it('prints every fact with its score, why it was kept and its id for review, and the report year under a fact', () => {
    const review = run(BIN, ['facts', '--review']);
    expect(review.code).toBe(0);
    const all = JSON.parse(run(BIN, ['facts', '--json']).out).facts as Array<{ id: string }>;
    for (const { id } of all) expect(review.out).toContain(`[${id}]`);
    expect(review.out).toMatch(/score \d+(\.\d)? · .*(\d+(st|nd|rd|th) of \d+ in |pinned by review)/);
    expect(review.out).toContain(`${all.length} facts.`);
    const json = JSON.parse(run(BIN, ['facts', '--review', '--json']).out).facts;
    expect(Object.keys(json[0])).toEqual(['id', 'text', 'citation', 'score', 'reason']);
    expect(run(BIN, ['fact', '--date', '2027-03-01']).out).toMatch(/Kazakhstan 2017 Human Rights Report/);
  });

  it('refuses a date that is not a calendar day', () => {
    const r = run(BIN, ['fact', '--date', '2027-02-30']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('YYYY-MM-DD');
  });

  it('explains its usage for an unknown option or command', () => {
    for (const args of [['search', '--bogus', 'x'], ['frobnicate']]) {
      const r = run(BIN, args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('Usage:');
    }
  });

  it('searches a report folder given by INDEX_DIR', () => {
    const r = run(BIN, ['search', '--json', 'divers strike notice'], undefined, { INDEX_DIR: copyToTemp(FIXTURE_DIR), LOG_LEVEL: 'silent' });
    expect(JSON.parse(r.out).results[0].citation).toBe('§7.a Freedom of Association and the Right to Collective Bargaining ¶1');
  });
});

describe('the hr command over several reports', () => {
  // The real report, the Atlantis fixture, and a copy of the real report under another title line.
  const dir = copyToTemp(REPORT_DIR);
  writeFileSync(join(dir, 'atlantis-2019-human-rights-report.txt'), readFileSync(join(FIXTURE_DIR, 'atlantis-2019-human-rights-report.txt')));
  const real = readFileSync(join(REPORT_DIR, 'kazakhstan-2017-human-rights-report.txt'), 'utf8');
  writeFileSync(join(dir, 'oceania-2016-human-rights-report.txt'), real.replace('KAZAKHSTAN 2017 HUMAN RIGHTS REPORT', 'OCEANIA 2016 HUMAN RIGHTS REPORT'));
  const hr = (...args: string[]) => run(BIN, args, undefined, { INDEX_DIR: dir });
  const json = (...args: string[]) => JSON.parse(hr(...args, '--json').out);

  it('lists every report with its paragraphs', () => {
    const { reports } = json('reports');
    expect(reports.map((r: { id: string }) => r.id)).toEqual(['atlantis-2019-human-rights-report', 'kazakhstan-2017-human-rights-report', 'oceania-2016-human-rights-report']);
    expect(reports[0]).toEqual({ id: 'atlantis-2019-human-rights-report', title: 'Atlantis 2019 Human Rights Report', country: 'Atlantis', year: 2019, paragraphs: 8 });
    expect(reports[2].paragraphs).toBe(reports[1].paragraphs);
  });

  it('searches one report when told which, every result carrying its reportId', () => {
    const out = json('search', '--limit', '10', '--report', 'oceania-2016-human-rights-report', 'prison conditions');
    expect(out.results).toHaveLength(10);
    for (const r of out.results) {
      expect(r.reportId).toBe('oceania-2016-human-rights-report');
      expect(r.citation.startsWith('Oceania 2016 Human Rights Report · ')).toBe(true);
    }
  });

  it('finds a passage only the second report has without --report, and citations tell the copies apart', () => {
    const out = json('search', '--limit', '5', 'how much notice before divers strike');
    expect(out.results[0]).toMatchObject({ reportId: 'atlantis-2019-human-rights-report' });
    expect(out.results[0].text).toContain('ten days in advance');
    const twins = json('search', '--limit', '10', 'tuberculosis incidence declined').results.filter((r: { text: string }) => r.text.includes('tuberculosis incidence declined'));
    expect(new Set(twins.map((r: { reportId: string }) => r.reportId))).toEqual(new Set(['kazakhstan-2017-human-rights-report', 'oceania-2016-human-rights-report']));
    expect(new Set(twins.map((r: { citation: string }) => r.citation)).size).toBe(twins.length);
  });

  it('reads a section from the default report, or the one named, and says which', () => {
    expect(json('section', '7a')).toMatchObject({ id: '7.a', reportId: 'atlantis-2019-human-rights-report' });
    expect(json('section', '7a', '--report', 'kazakhstan-2017-human-rights-report')).toMatchObject({ id: '7.a', reportId: 'kazakhstan-2017-human-rights-report' });
    expect(hr('section', '7a', '--report', 'oceania-2016-human-rights-report').out).toMatch(/Page 1 of \d+ — Oceania 2016 Human Rights Report/);
  });

  it('refuses an unknown report, listing the ones there are', () => {
    const r = hr('search', '--report', 'narnia-1950', 'prison');
    expect(r.code).toBe(1);
    expect(r.out).toContain('There is no report "narnia-1950". Available: atlantis-2019-human-rights-report, kazakhstan-2017-human-rights-report, oceania-2016-human-rights-report.');
  });

  it('stops on a malformed report with one line naming the file and line, no stack trace', () => {
    const bad = copyToTemp(REPORT_DIR);
    writeFileSync(join(bad, 'oceania-2016-human-rights-report.txt'), 'OCEANIA 2016 HUMAN RIGHTS REPORT\n\nSection 2. Civil Liberties\n\nText.\n\nSection 1. Integrity\n');
    const r = run(BIN, ['search', 'prison'], undefined, { INDEX_DIR: bad });
    expect(r.code).toBe(1);
    expect(r.err).toBe(`${join(bad, 'oceania-2016-human-rights-report.txt')}:7: "Section 1" comes after "Section 2" (line 3): sections must be numbered in order\n`);
  });

  it('gives the fact of a day from every report without --report, and from the one named with it', () => {
    const days = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'];
    const across = days.map((d) => json('fact', '--date', d));
    expect(new Set(across.map((f: { reportId: string }) => f.reportId)).size).toBeGreaterThan(1);
    expect(json('fact', '--date', days[0]!)).toEqual(across[0]);
    for (const d of days.slice(0, 3)) expect(json('fact', '--date', d, '--report', 'oceania-2016-human-rights-report')).toMatchObject({ date: d, reportId: 'oceania-2016-human-rights-report' });
  });

  it('takes --report as chat takes report:, by country or year too, and says which reports a shared year fits', () => {
    for (const r of json('search', '--limit', '5', '--report', 'oceania', 'prison conditions').results) expect(r.reportId).toBe('oceania-2016-human-rights-report');
    expect(json('section', '7a', '--report', '2019')).toMatchObject({ reportId: 'atlantis-2019-human-rights-report' });
    const shared = run(BIN, ['sections', '--report', 'human'], undefined, { INDEX_DIR: dir });
    expect(shared.code).toBe(1);
    expect(shared.out).toContain('fits 3 reports');
  });

  it('takes the default report from DEFAULT_REPORT', () => {
    const r = run(BIN, ['section', '7a', '--json'], undefined, { INDEX_DIR: dir, DEFAULT_REPORT: 'oceania-2016-human-rights-report' });
    expect(JSON.parse(r.out)).toMatchObject({ reportId: 'oceania-2016-human-rights-report' });
  });
});

describe('npm start without chat credentials', () => {
  it('answers piped console commands, one per line, and exits at the end of input', () => {
    const r = run(MAIN, [], '/hr search torture complaints ombudsman\nmore\n/hr section 9\nsection 7c\nquit\n/hr help\n');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Results 1–3 of');
    expect(r.out).toContain('Results 4–6 of');
    expect(r.out).toMatch(/There is no section “9”/);
    expect(r.out).toContain('§7.c Prohibition of Child Labor and Minimum Age for Employment');
    // `quit` ends the session: the help after it is never answered.
    expect(r.out).not.toContain('Commands (type them');
  });

  it('warms the search up before the console opens, told only at debug level', () => {
    const quiet = run(MAIN, [], 'search jury size\n', { LOG_LEVEL: 'info' });
    expect(quiet.err).toBe('');
    const told = run(MAIN, [], 'search jury size\n', { LOG_LEVEL: 'debug' });
    expect(told.err).toContain('search warmed up');
    // The warm-up leaves the answer as it was.
    expect(told.out).toBe(quiet.out);
  });

  it('stops at start-up naming each wrong variable, and never printing its value', () => {
    const r = run(MAIN, [], '', { LOG_LEVEL: 'loud', PORT: 'eighty', DISCORD_TOKEN: 'secret-token-value' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('LOG_LEVEL');
    expect(r.err).toContain('PORT');
    expect(r.err).toContain('DISCORD_APPLICATION_ID');
    expect(r.err).not.toContain('secret-token-value');
  });
});
