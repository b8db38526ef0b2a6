/**
 * `npm run bench`: hr-bot's speed and memory next to baselines measured in the same run, so figures
 * compare on any machine:
 *   index build, index load, query latency p50/p99 (in process) and heap, next to MiniSearch with
 *   default options over the same paragraphs; hostile queries (100 KB, 2,000 and 500 characters of
 *   made-up words) next to the warm p50; a one-shot `hr search` next to `node -e 0`; signed
 *   Slack slash commands per second and p99 next to a bare Bolt app that only acks (bench/slack.ts).
 * Options: --queries FILE (JSONL with "query", default ../shared/eval/dev.jsonl), --rounds N,
 * --skip-cli, --skip-slack.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { defaultIndexDir, packageRoot } from '../src/paths.js';
import { readReportSources } from '../src/report/sources.js';
import { parseReport } from '../src/report/parse.js';
import { buildIndex, readCurrentIndex } from '../src/search/built-index.js';
import { createQueryService } from '../src/search/service.js';
import { benchSlack, formatSlackBench } from './slack.js';

const { values } = parseArgs({ options: { queries: { type: 'string' }, rounds: { type: 'string' }, 'skip-cli': { type: 'boolean' }, 'skip-slack': { type: 'boolean' } } });
const root = packageRoot();
const indexDir = defaultIndexDir();
const rounds = Number(values.rounds ?? 20);

function loadQueries(): string[] {
  const file = values.queries ?? join(root, '..', 'shared', 'eval', 'dev.jsonl');
  if (existsSync(file)) return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { query: string }).query);
  // Without the question set, the report's own headings make a fair stand-in.
  const [source] = readReportSources(indexDir);
  return parseReport(source!.text, source!.info).sections.map((s) => s.title.toLowerCase());
}

const median = (xs: number[]) => percentile(xs, 50);
function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const out = fn();
  return [out, performance.now() - t];
}
const fmtUs = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
const fmtMs = (ms: number) => `${ms.toFixed(1)} ms`;
const heapMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const queries = loadQueries();
const sources = readReportSources(indexDir);

// hr-bot: build, load, query.
const builds = Array.from({ length: 3 }, () => time(() => buildIndex(sources))[1]);
const loads = Array.from({ length: 5 }, () => time(() => createQueryService(readCurrentIndex(indexDir, sources).index ?? buildIndex(sources)))[1]);
const heapBefore = heapMb();
const service = createQueryService(readCurrentIndex(indexDir, sources).index ?? buildIndex(sources));
const heapService = heapMb() - heapBefore;
const cold = queries.map((q) => time(() => service.search(q, { limit: 5 }))[1]);
const warm: number[] = [];
for (let r = 0; r < rounds; r++) for (const q of queries) warm.push(time(() => service.search(q, { limit: 5 }))[1]);

// Baseline: MiniSearch with default options over the same paragraphs.
const paragraphs = sources.flatMap((s) => parseReport(s.text, s.info).paragraphs).map((p, id) => ({ id, text: p.text }));
const heapBase0 = heapMb();
const [baseline, baselineBuild] = time(() => {
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  ms.addAll(paragraphs);
  return ms;
});
const heapBaseline = heapMb() - heapBase0;
const baselineJson = JSON.stringify(baseline);
const baselineLoad = median(Array.from({ length: 5 }, () => time(() => MiniSearch.loadJSON(baselineJson, { fields: ['text'] }))[1]));
const baseWarm: number[] = [];
for (let r = 0; r < rounds; r++) for (const q of queries) baseWarm.push(time(() => baseline.search(q).slice(0, 5))[1]);

const rows: Array<[string, string, string, string]> = [
  ['index build (median of 3)', fmtMs(median(builds)), fmtMs(baselineBuild), 'hr-bot parses, stems and precomputes sentences'],
  ['index load (median of 5)', fmtMs(median(loads)), fmtMs(baselineLoad), 'from the JSON on disk'],
  ['query p50 (warm)', fmtUs(median(warm)), fmtUs(median(baseWarm)), `${queries.length} queries × ${rounds} rounds`],
  ['query p99 (warm)', fmtUs(percentile(warm, 99)), fmtUs(percentile(baseWarm, 99)), ''],
  ['query p50 / p99 (first pass)', `${fmtUs(median(cold))} / ${fmtUs(percentile(cold, 99))}`, '', 'includes first WordNet reads'],
  ['heap of the loaded index', `${heapService.toFixed(1)} MB`, `${heapBaseline.toFixed(1)} MB`, globalThis.gc ? '' : 'run with --expose-gc for exact figures'],
];

// Hostile input: refused (or bounded by the typo budget) before costly analysis; next to the warm p50 above.
const madeUp = (n: number) => Array.from({ length: n }, (_, i) => `q${(i * 7919 + 104729).toString(36)}x${'bcdfg'[i % 5]}`).join(' ');
const hostile: Array<[string, string]> = [
  ['100 KB query, refused', 'torture '.repeat(12_800)],
  ['2,000-character query of made-up words, refused', madeUp(200).slice(0, 2000)],
  ['500-character query of made-up words (typo budget)', madeUp(60).slice(0, 500)],
];
for (const [label, query] of hostile) {
  const times = Array.from({ length: 20 }, () => time(() => service.search(query))[1]);
  rows.push([`${label} (median / max of 20)`, `${fmtUs(median(times))} / ${fmtUs(Math.max(...times))}`, '', `warm query p50: ${fmtUs(median(warm))}`]);
}

if (!values['skip-cli']) {
  // One-shot CLI wall time against Node's own start-up, interleaved so load on the machine hits both alike.
  const bin = join(root, 'dist', 'src', 'adapters', 'cli', 'bin.js');
  const nodeTimes: number[] = [];
  const cliTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    nodeTimes.push(time(() => execFileSync(process.execPath, ['-e', '0']))[1]);
    cliTimes.push(time(() => execFileSync(process.execPath, [bin, 'search', 'torture complaints'], { env: { ...process.env, NO_COLOR: '1' } }))[1]);
  }
  rows.push(['one-shot `hr search` wall (median of 15)', fmtMs(median(cliTimes)), `node -e 0: ${fmtMs(median(nodeTimes))}`, `ratio ${(median(cliTimes) / median(nodeTimes)).toFixed(2)}×`]);
}

const width = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length), (['measure', 'hr-bot', 'MiniSearch defaults', 'note'][i] ?? '').length));
const line = (r: string[]) => r.map((c, i) => c.padEnd(width[i] ?? 0)).join('  ');
console.log(line(['measure', 'hr-bot', 'MiniSearch defaults', 'note']));
for (const r of rows) console.log(line(r));
console.log(`\nquery p50 ratio hr-bot / baseline: ${(median(warm) / median(baseWarm)).toFixed(2)}×`);

if (!values['skip-slack']) {
  console.log('');
  console.log(formatSlackBench(await benchSlack()));
}
