/** A worker thread of `parallel-build.ts`: indexes each report source it is sent and sends the index back. */
import { parentPort } from 'node:worker_threads';
import type { ReportSource } from '../report/sources.js';
import { indexSource } from './index-build.js';

parentPort!.on('message', (source: ReportSource) => parentPort!.postMessage(indexSource(source)));
