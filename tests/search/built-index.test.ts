import { appendFileSync, copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { INDEX_FILE, INDEX_FORMAT, paragraphTermIdsOf, type ReportIndex, saveIndex, sentencesOf, sourcesStamp } from '../../src/search/built-index.js';
import { buildIndex, loadOrBuildIndex, readCurrentIndex } from '../../src/search/index-build.js';
import { execFileSync } from 'node:child_process';
import type { Logger } from '../../src/log.js';
import { packageRoot } from '../../src/paths.js';
import { readReportSources } from '../../src/report/sources.js';
import { createQueryService } from '../../src/search/service.js';
import { cleanEnv } from '../processes.js';
import { FIXTURE_DIR, copyToTemp } from '../helpers.js';

const ATLANTIS = 'atlantis-2019-human-rights-report.txt';

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
    expect(JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8').split('\n')[0]!).sourceHash).toBe(after.sourceHash);
  });

  it('indexes only the reports that changed, taking the others from the saved index', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    copyFileSync(join(dir, ATLANTIS), join(dir, 'lemuria-2020-human-rights-report.txt'));
    const before = loadOrBuildIndex(dir);
    appendFileSync(join(dir, ATLANTIS), '\nAn added closing paragraph about lighthouses.\n');
    const logs: Array<Record<string, unknown>> = [];
    const logger = { info: (fields: Record<string, unknown>) => logs.push(fields), warn: () => {} } as unknown as Logger;
    const after = loadOrBuildIndex(dir, logger);
    expect(logs.find((l) => 'reused' in l)).toMatchObject({ reports: 2, reused: 1 });
    expect(logs.filter((l) => 'change' in l)).toEqual([{ change: 'replaced', report: 'atlantis-2019-human-rights-report', title: 'Atlantis 2019 Human Rights Report' }]);
    expect(after.entries.map((e) => e.hash)).toEqual([expect.not.stringMatching(before.entries[0]!.hash), before.entries[1]!.hash]);
    // The reused report is the saved one, to the letter; the changed one has the new paragraph.
    expect(JSON.stringify(withSentences(after.report(1)))).toBe(JSON.stringify(before.report(1)));
    expect(after.report(0).report.paragraphs.at(-1)!.text).toContain('lighthouses');
    expect(readCurrentIndex(dir).index?.sourceHash).toBe(after.sourceHash);
  });

  it('is built by `npm run index` on worker threads exactly as on one thread', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    for (const copy of ['lemuria-2020-human-rights-report.txt', 'mu-2021-human-rights-report.txt']) {
      writeFileSync(join(dir, copy), readFileSync(join(dir, ATLANTIS), 'utf8').replace(/Atlantis/gi, copy.split('-')[0]!));
    }
    execFileSync(process.execPath, [join(packageRoot(), 'dist', 'src', 'search', 'build-script.js')], { env: { ...cleanEnv(), INDEX_DIR: dir, LOG_LEVEL: 'silent' }, cwd: dir });
    const saved = readCurrentIndex(dir).index!;
    const inProcess = buildIndex(readReportSources(dir));
    expect(saved.sourceHash).toBe(inProcess.sourceHash);
    expect(saved.entries.map((e) => e.info.country)).toEqual(['Atlantis', 'Lemuria', 'Mu']);
    expect(saved.entries.map((_, i) => JSON.stringify(withSentences(saved.report(i))))).toEqual(inProcess.entries.map((_, i) => JSON.stringify(inProcess.report(i))));
  });

  it('reads a report from the file only when it is asked for', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    loadOrBuildIndex(dir);
    const lines = readFileSync(join(dir, INDEX_FILE), 'utf8').split('\n');
    // Break the report's own line but keep the header: loading still succeeds, reading the report fails.
    writeFileSync(join(dir, INDEX_FILE), [...lines.slice(0, 2), broken(lines[2]!), ...lines.slice(3)].join('\n'));
    const saved = readCurrentIndex(dir).index!;
    expect(saved.entries[0]!.info.id).toBe('atlantis-2019-human-rights-report');
    expect(() => saved.report(0)).toThrow(SyntaxError);
  });

  it("keeps a report's facts and word table on a line of their own, read back as built", () => {
    const dir = copyToTemp(FIXTURE_DIR);
    const built = loadOrBuildIndex(dir);
    const saved = readCurrentIndex(dir).index!;
    expect(saved.report(0).facts.length).toBeGreaterThan(0);
    expect(saved.report(0).facts).toEqual(built.report(0).facts);
    expect(saved.report(0).termWords).toEqual(built.report(0).termWords);
    // Keys in the built order, so a reused report is saved again to the letter.
    expect(JSON.stringify(withSentences(saved.report(0)))).toBe(JSON.stringify(built.report(0)));
    expect(createQueryService(saved).fact({ date: '2026-12-05' })).toEqual(createQueryService(built).fact({ date: '2026-12-05' }));
  });

  it('keeps the words the report writes, lower-cased and in the order first written, with its word table', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    appendFileSync(join(dir, ATLANTIS), '\nZygotes and ZYGOTES, then quokkas; zygotes again.\n');
    const built = loadOrBuildIndex(dir);
    const saved = readCurrentIndex(dir).index!;
    const paragraphs = built.report(0).report.paragraphs.map((p) => p.text);
    // What a real-word slip's candidates were read from: every paragraph's text scanned in order.
    const scanned = [...new Set(paragraphs.flatMap((text) => text.toLowerCase().match(/[a-z]+/g) ?? []))];
    expect(saved.report(0).words.split(' ')).toEqual(scanned);
    expect(scanned.slice(-4)).toEqual(['zygotes', 'then', 'quokkas', 'again']);
  });

  it('is saved in ASCII and reads back every other character exactly', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    appendFileSync(join(dir, ATLANTIS), '\nThe “Café Ørsted” case — 5 € fines, 北京 and 😀 included.\n');
    const built = loadOrBuildIndex(dir);
    const bytes = readFileSync(join(dir, INDEX_FILE));
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    const saved = readCurrentIndex(dir).index!;
    expect(saved.report(0).report.paragraphs.at(-1)!.text).toBe('The “Café Ørsted” case — 5 € fines, 北京 and 😀 included.');
    expect(JSON.stringify(withSentences(saved.report(0)))).toBe(JSON.stringify(built.report(0)));
  });

  it("parses a saved paragraph's sentences only when they are first read, and saves them again to the letter", () => {
    const dir = copyToTemp(FIXTURE_DIR);
    const built = loadOrBuildIndex(dir).report(0);
    const bytes = readFileSync(join(dir, INDEX_FILE), 'utf8');
    const saved = readCurrentIndex(dir).index!;
    const report = saved.report(0);
    expect(report.sentences.every((row) => typeof row === 'string')).toBe(true);
    expect(report.sentenceCounts).toEqual(built.sentenceCounts);
    expect(sentencesOf(report, 1)).toEqual(built.sentences[1]);
    expect(report.sentences.map((row) => typeof row)).toEqual(report.sentences.map((_, p) => (p === 1 ? 'object' : 'string')));
    expect(sentencesOf(report, report.sentences.length)).toEqual([]);
    // Saved again with one paragraph read and the rest still text: the same file.
    saveIndex(saved, dir, undefined, JSON.parse(bytes.slice(0, bytes.indexOf('\n'))).stamp);
    expect(readFileSync(join(dir, INDEX_FILE), 'utf8')).toBe(bytes);
  });

  it('marks, when it is built, each sentence that opens by referring back to the one before', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    appendFileSync(join(dir, ATLANTIS), '\nParties must register every member. This requirement discouraged many citizens. On May 5, they appealed. Courts rarely agree.\n');
    const built = loadOrBuildIndex(dir);
    const saved = readCurrentIndex(dir).index!;
    const last = built.report(0).sentences.length - 1;
    expect(sentencesOf(saved.report(0), last).map((s) => s.refersBack)).toEqual([false, true, true, false]);
    expect(sentencesOf(built.report(0), last).map((s) => s.refersBack)).toEqual([false, true, true, false]);
  });

  it('answers a search without parsing the facts and word table', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    loadOrBuildIndex(dir);
    const lines = readFileSync(join(dir, INDEX_FILE), 'utf8').split('\n');
    // Break the report's extras line only: a search still answers; reading a fact fails.
    writeFileSync(join(dir, INDEX_FILE), [...lines.slice(0, 3), broken(lines[3]!), ...lines.slice(4)].join('\n'));
    const service = createQueryService(readCurrentIndex(dir).index!);
    const answer = service.search('prison conditions', {});
    expect(answer.kind).toBe('search');
    expect(answer.kind === 'search' && answer.hits.length).toBeGreaterThan(0);
    expect(() => service.facts()).toThrow(SyntaxError);
  });

  it('rebuilds an index of the previous format (one line per report), saying why', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    const built = loadOrBuildIndex(dir);
    const [header, lexicon] = readFileSync(join(dir, INDEX_FILE), 'utf8').split('\n');
    const old = { ...(JSON.parse(header!) as object), format: 2 };
    writeFileSync(join(dir, INDEX_FILE), `${[JSON.stringify(old), lexicon, JSON.stringify(built.report(0))].join('\n')}\n`);
    const logs: string[] = [];
    const logger = { info: (_: unknown, msg: string) => logs.push(msg), warn: () => {} } as unknown as Logger;
    expect(loadOrBuildIndex(dir, logger).sourceHash).toBe(built.sourceHash);
    expect(logs).toContain('the index file is unreadable; rebuilding the index');
    expect(logs).toContain('index built');
    const lines = readFileSync(join(dir, INDEX_FILE), 'utf8').split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: INDEX_FORMAT });
    expect(lines).toHaveLength(7);
    expect(readCurrentIndex(dir).reason).toBe('current');
  });

  it('rebuilds an index of format 6 (three lines per report, no sentence term ids), saying why', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    const built = loadOrBuildIndex(dir);
    const [header, lexicon, search, extras, sentences] = readFileSync(join(dir, INDEX_FILE), 'utf8').split('\n');
    const old = { ...(JSON.parse(header!) as object), format: 6 };
    const { sentenceTermIds: _, sentenceOnlyTerms: __, ...oldSearch } = JSON.parse(search!) as Record<string, unknown>;
    writeFileSync(join(dir, INDEX_FILE), `${[JSON.stringify(old), lexicon, JSON.stringify(oldSearch), extras, sentences].join('\n')}\n`);
    expect(readCurrentIndex(dir).reason).toMatch(/unreadable/);
    const logs: string[] = [];
    const logger = { info: (_: unknown, msg: string) => logs.push(msg), warn: () => {} } as unknown as Logger;
    const rebuilt = loadOrBuildIndex(dir, logger);
    expect(rebuilt.sourceHash).toBe(built.sourceHash);
    expect(logs).toContain('the index file is unreadable; rebuilding the index');
    expect(JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8').split('\n')[0]!)).toMatchObject({ format: INDEX_FORMAT });
    expect(createQueryService(readCurrentIndex(dir).index!).search('prison conditions', {})).toEqual(createQueryService(built).search('prison conditions', {}));
  });

  it("finds each line where its header's lengths say, and refuses a file whose lines are not there", () => {
    const dir = copyToTemp(FIXTURE_DIR);
    const built = loadOrBuildIndex(dir);
    const text = readFileSync(join(dir, INDEX_FILE), 'utf8');
    const lines = text.split('\n');
    expect(JSON.parse(lines[0]!).lines).toEqual(lines.slice(1, -1).map((line) => line.length));
    expect(readCurrentIndex(dir).reason).toBe('current');
    // A line one byte shorter, the file's own count of newlines kept: every later line is out of place.
    writeFileSync(join(dir, INDEX_FILE), [...lines.slice(0, 3), lines[3]!.slice(0, -2) + '}', ...lines.slice(4)].join('\n'));
    expect(readCurrentIndex(dir).reason).toMatch(/unreadable/);
    // The same, with the next line one byte longer (JSON still: a space at its end): the file's length is as saved.
    writeFileSync(join(dir, INDEX_FILE), [...lines.slice(0, 3), lines[3]!.slice(0, -2) + '}', `${lines[4]!} `, ...lines.slice(5)].join('\n'));
    expect(readFileSync(join(dir, INDEX_FILE)).length).toBe(Buffer.byteLength(text));
    expect(readCurrentIndex(dir).reason).toMatch(/unreadable/);
    // Lengths that do not add up to the file's.
    const header = JSON.parse(lines[0]!) as { lines: number[] };
    writeFileSync(join(dir, INDEX_FILE), [JSON.stringify({ ...header, lines: header.lines.slice(0, -1) }), ...lines.slice(1)].join('\n'));
    expect(readCurrentIndex(dir).reason).toMatch(/unreadable/);
    writeFileSync(join(dir, INDEX_FILE), [JSON.stringify({ ...header, lines: [...header.lines.slice(0, -1), header.lines.at(-1)! - 1] }), ...lines.slice(1)].join('\n'));
    expect(readCurrentIndex(dir).reason).toMatch(/unreadable/);
    expect(loadOrBuildIndex(dir).sourceHash).toBe(built.sourceHash);
    expect(readCurrentIndex(dir).reason).toBe('current');
  });

  it('is rebuilt when the saved file is corrupt', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    loadOrBuildIndex(dir);
    appendFileSync(join(dir, INDEX_FILE), '{{{');
    expect(readCurrentIndex(dir).reason).toMatch(/unreadable/);
    expect(loadOrBuildIndex(dir).reports.length).toBe(1);
  });

  describe('with the stamp of its sources', () => {
    // As if the index were built two seconds after the fixture was copied: files changed within the
    // last second get no stamp (the file clock is coarse), so a test would otherwise have to wait.
    function stampedIndex(): string {
      const dir = copyToTemp(FIXTURE_DIR);
      saveIndex(buildIndex(readReportSources(dir)), dir, undefined, sourcesStamp(dir, Date.now() + 2000));
      return dir;
    }
    const header = (dir: string) => JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8').split('\n')[0]!) as { sourceHash: string; stamp?: string };

    it('is current without hashing the sources while they are the files it was built from', () => {
      const dir = stampedIndex();
      expect(header(dir).stamp).toEqual(expect.any(String));
      // A wrong hash in the header shows the stamp, not the hash, decided.
      const text = readFileSync(join(dir, INDEX_FILE), 'utf8');
      writeFileSync(join(dir, INDEX_FILE), text.replace(header(dir).sourceHash, '0000000000000000'));
      expect(readCurrentIndex(dir).reason).toBe('current');
    });

    it('is stale when a report is rewritten to the same length', () => {
      const dir = stampedIndex();
      const file = join(dir, ATLANTIS);
      const text = readFileSync(file, 'utf8');
      const edited = text.replace('Atlantis', 'Atlantix');
      expect(edited.length).toBe(text.length);
      writeFileSync(file, edited);
      expect(readCurrentIndex(dir).reason).toMatch(/stale/);
    });

    it('is stale when a report is added beside it', () => {
      const dir = stampedIndex();
      copyFileSync(join(dir, ATLANTIS), join(dir, 'lemuria-2020-human-rights-report.txt'));
      expect(readCurrentIndex(dir).reason).toMatch(/stale/);
    });

    it('is stamped afresh when its folder was copied, so that later loads decide by the stamp', () => {
      // A copy (a clone, an installed package, an image layer) gives every file new times and inodes.
      const dir = copyToTemp(stampedIndex());
      // Two seconds on: the copied files have settled, so they can be stamped.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 2000);
      try {
        const stamp = sourcesStamp(dir);
        expect(header(dir).stamp).not.toBe(stamp);
        expect(readCurrentIndex(dir).reason).toBe('current');
        expect(header(dir).stamp).toBe(stamp);
        // From now on the stamp decides: a wrong hash in the header is not even read.
        const text = readFileSync(join(dir, INDEX_FILE), 'utf8');
        writeFileSync(join(dir, INDEX_FILE), text.replace(header(dir).sourceHash, '0000000000000000'));
        expect(readCurrentIndex(dir).reason).toBe('current');
        expect(readCurrentIndex(dir).index?.reports[0]?.report.paragraphs.length).toBeGreaterThan(0);
      } finally {
        vi.useRealTimers();
      }
    });

    it('is not stamped afresh when its sources changed, nor from files changed within the last second', () => {
      const dir = copyToTemp(stampedIndex());
      const before = header(dir).stamp;
      expect(readCurrentIndex(dir).reason).toBe('current');
      expect(header(dir).stamp).toBe(before);
      appendFileSync(join(dir, ATLANTIS), '\nAn added closing paragraph about lighthouses.\n');
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 2000);
      try {
        expect(readCurrentIndex(dir).reason).toMatch(/stale/);
        expect(header(dir).stamp).toBe(before);
      } finally {
        vi.useRealTimers();
      }
    });

    it('is not stamped from files changed within the last second', () => {
      const dir = copyToTemp(FIXTURE_DIR);
      expect(sourcesStamp(dir)).toBeUndefined();
      expect(sourcesStamp(dir, Date.now() + 2000)).toEqual(expect.any(String));
    });
  });

  it('refuses a folder with no report, saying what to add', () => {
    const dir = copyToTemp(FIXTURE_DIR);
    rmSync(join(dir, 'atlantis-2019-human-rights-report.txt'));
    expect(() => loadOrBuildIndex(dir)).toThrow(/No report found/);
  });
});

/** `index` with every paragraph's sentences read, as a built index holds them. */
/** `line` made unparseable at its own length, so the file's other lines stay where its header says. */
function broken(line: string): string {
  return '{"broken":'.padEnd(line.length, ' ');
}

function withSentences(index: ReportIndex): ReportIndex {
  index.sentences.forEach((_, p) => sentencesOf(index, p));
  index.sentenceTermIds.forEach((_, p) => (index.sentenceTermIds[p] = paragraphTermIdsOf(index, p)));
  return index;
}
