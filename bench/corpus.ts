/**
 * Many reports measured in a fresh process, run by `bench/run.ts` once over the real index folder
 * (the yardstick) and once over a synthetic corpus (bench/synthetic-corpus.ts): the full index
 * build from scratch, the index load (sources read and hashed, header parsed, service created),
 * searches across all reports and within one (`report`), the first search in a report not yet
 * open, and the process's memory at the end. Prints one JSON line (`CorpusFigures`).
 *
 * `node dist/bench/corpus.js --dir DIR --build` rebuilds DIR's index and prints `{"build", "buildCpu"}` (ms);
 * then `node dist/bench/corpus.js --dir DIR --queries FILE [--rounds N]`, in a process of its own
 * so that the build's garbage does not count in the memory figures, measures the rest.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readReportSources } from '../src/report/sources.js';
import { INDEX_FILE, saveIndex } from '../src/search/built-index.js';
import { readCurrentIndex } from '../src/search/index-build.js';
import { buildIndexInParallel } from '../src/search/parallel-build.js';
import { createQueryService } from '../src/search/service.js';
import { percentile } from './percentile.js';

export interface CorpusFigures {
  reports: number;
  paragraphs: number;
  /** ms: parse and index every report (on a worker thread per core, as `npm run index` does), and save the index. */
  build: number;
  /** ms of CPU the build took, all threads: what it costs on a machine other processes share. */
  buildCpu: number;
  /** ms, median of 5: read and hash the sources, read the index header, create the service. */
  load: number;
  /** ms per query: first pass (reports opened as queries reach them), then warm p50 / p99. */
  acrossFirst: { p50: number; p99: number };
  across: { p50: number; p99: number };
  within: { p50: number; p99: number };
  /**
   * The same warm searches in CPU time of this process (all its threads): what the search itself
   * costs, without the time other processes on a shared machine hold the cores.
   */
  acrossCpu: { p50: number; p99: number };
  withinCpu: { p50: number; p99: number };
  /** ms, median over every report: the first search in a report whose structures are not built yet. */
  openReport: number;
  /** MB at the end (after every report was opened once). */
  rss: number;
  heap: number;
}

const { values } = parseArgs({ options: { dir: { type: 'string' }, build: { type: 'boolean' }, queries: { type: 'string' }, rounds: { type: 'string' } } });
const dir = values.dir!;

const spread = (xs: number[]) => ({ p50: percentile(xs, 50), p99: percentile(xs, 99) });
function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

if (values.build) {
  rmSync(join(dir, INDEX_FILE), { force: true });
  const started = performance.now();
  const cpu = process.cpuUsage();
  saveIndex(await buildIndexInParallel(readReportSources(dir)), dir);
  const build = performance.now() - started;
  const used = process.cpuUsage(cpu);
  process.stdout.write(`${JSON.stringify({ build, buildCpu: (used.user + used.system) / 1000 })}\n`);
  process.exit(0);
}

const rounds = Number(values.rounds ?? 20);
const queries = readFileSync(values.queries!, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { query: string }).query);
const load = percentile(
  Array.from({ length: 5 }, () => time(() => createQueryService(readCurrentIndex(dir).index!))),
  50,
);
const index = readCurrentIndex(dir).index!;
const service = createQueryService(index);
const acrossFirst = queries.map((q) => time(() => service.search(q, { limit: 5 })));
// Within one report: the last listed, not the default one the service opens first.
const one = service.reports.at(-1)!.id;
for (const q of queries) service.search(q, { limit: 5, report: one });
const across: number[] = [];
const within: number[] = [];
const acrossCpu: number[] = [];
const withinCpu: number[] = [];
/** Wall and CPU ms of one call. */
function measure(fn: () => unknown, wall: number[], cpu: number[]): void {
  const c = process.cpuUsage();
  wall.push(time(fn));
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
}
for (let r = 0; r < rounds; r++) {
  for (const q of queries) {
    measure(() => service.search(q, { limit: 5 }), across, acrossCpu);
    measure(() => service.search(q, { limit: 5, report: one }), within, withinCpu);
  }
}
const opens = service.reports.map((r, i) => time(() => service.search(queries[i % queries.length]!, { limit: 5, report: r.id })));
globalThis.gc?.();
const memory = process.memoryUsage();
const figures: Omit<CorpusFigures, 'build' | 'buildCpu'> = {
  reports: index.entries.length,
  paragraphs: index.entries.reduce((n, e) => n + e.paragraphs, 0),
  load,
  acrossFirst: spread(acrossFirst),
  across: spread(across),
  within: spread(within),
  acrossCpu: spread(acrossCpu),
  withinCpu: spread(withinCpu),
  openReport: percentile(opens, 50),
  rss: memory.rss / 1024 / 1024,
  heap: memory.heapUsed / 1024 / 1024,
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
