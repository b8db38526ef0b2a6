/** Shared set-up for the daily-fact tests: a temporary data folder, sample facts and a log that can be read back. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Fact, ReportInfo } from '../../src/answers.js';
import { createLogger, type Logger } from '../../src/log.js';

export const REPORT: ReportInfo = { id: 'kazakhstan-2017-human-rights-report', title: 'Kazakhstan 2017 Human Rights Report', country: 'Kazakhstan', year: 2017 };

/** `n` distinct facts, shaped like the real ones. */
export function sampleFacts(n: number): Fact[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `1.c#${i + 1}~${(0x10000000 + i).toString(16)}`,
    text: `Fact number ${i + 1}: the law allows police to hold a detainee for ${i + 1} hours.`,
    citation: `§1.c Torture ¶${i + 1}`,
    sectionId: '1.c',
    paragraphId: `1.c#${i + 1}`,
  }));
}

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** A fresh folder removed after the test. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hr-bot-daily-'));
  folders.push(dir);
  return dir;
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A real pino logger whose lines are kept for assertions. */
export function capturedLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = createLogger('debug', { write: (s: string) => void lines.push(JSON.parse(s) as LogLine) });
  return { logger, lines };
}

/** Polls `probe` on the real clock until it holds (for work that is real I/O, like a database server's). */
export async function waitUntil(probe: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
