/**
 * The settings the one-shot CLI needs (index folder, log level, default report), read without zod: importing
 * zod costs more than a whole search, and `hr search` should start about as fast as Node itself.
 * The full bot configuration (`config.ts`) builds on these.
 */
import { defaultIndexDir } from './paths.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface IndexSettings {
  indexDir: string;
  logLevel: LogLevel;
  /** `DEFAULT_REPORT`: the service checks it against the reports it loads. */
  defaultReport?: string;
}

/** Start-up configuration problems, one line per variable (never its value). */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadIndexSettings(env: NodeJS.ProcessEnv = process.env): IndexSettings {
  const level = env.LOG_LEVEL?.trim() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError([`LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')}`]);
  }
  const defaultReport = env.DEFAULT_REPORT?.trim();
  return { indexDir: env.INDEX_DIR?.trim() || defaultIndexDir(), logLevel: level as LogLevel, ...(defaultReport ? { defaultReport } : {}) };
}
