/**
 * `buildIndex` spread over worker threads: indexing a report is CPU-bound (parsing, stemming, picking
 * facts) and reports are independent, so a hundred of them build about as many times faster as
 * there are cores. Used by `npm run index`; a rebuild at start-up stays synchronous and reuses
 * the reports that did not change.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReportSource } from '../report/sources.js';
import { type BuiltIndex, type ReportIndex } from './built-index.js';
import { indexInMemory, indexSource, planBuild } from './index-build.js';

/** The same index as `buildIndex(sources, previous)`, built on up to `threads` worker threads. */
export async function buildIndexInParallel(sources: readonly ReportSource[], previous?: BuiltIndex, threads = availableParallelism()): Promise<BuiltIndex> {
  const { hashes, reports, toIndex } = planBuild(sources, previous);
  const count = Math.min(threads, toIndex.length);
  if (count <= 1) {
    for (const i of toIndex) reports[i] = indexSource(sources[i]!);
  } else {
    const workers = Array.from({ length: count }, () => new Worker(new URL('./index-worker.js', import.meta.url)));
    const queue = [...toIndex];
    try {
      // Each worker takes the next report as soon as it is free: reports differ in length.
      await Promise.all(
        workers.map(async (worker) => {
          for (let i = queue.shift(); i !== undefined; i = queue.shift()) reports[i] = await indexIn(worker, sources[i]!);
        }),
      );
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  }
  return indexInMemory(reports as ReportIndex[], hashes);
}

function indexIn(worker: Worker, source: ReportSource): Promise<ReportIndex> {
  return new Promise((resolve, reject) => {
    const done = (index: ReportIndex) => {
      worker.off('error', fail);
      resolve(index);
    };
    const fail = (err: Error) => {
      worker.off('message', done);
      reject(err);
    };
    worker.once('message', done);
    worker.once('error', fail);
    worker.postMessage(source);
  });
}
