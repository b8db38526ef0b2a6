/** The `hr` command line read into options and positionals (what `node:util`'s `parseArgs` gives). */
import { parseArgs } from 'node:util';

const OPTIONS = {
  json: { type: 'boolean' },
  since: { type: 'string' },
  html: { type: 'string' },
  report: { type: 'string' },
  limit: { type: 'string' },
  page: { type: 'string' },
  date: { type: 'string' },
  review: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `hr`'s options as given (each absent when not given) and its other arguments, in order. */
export interface HrArguments {
  values: { json?: boolean; review?: boolean; help?: boolean; since?: string; html?: string; report?: string; limit?: string; page?: string; date?: string };
  positionals: string[];
}

/**
 * Reads `hr`'s arguments; throws `parseArgs`'s error (its message is for the user) for an unknown
 * option or a missing value. Arguments none of which starts with "-" (`hr search torture complaints`)
 * are all positionals, as `parseArgs` would say, without it: Node loads and compiles `parseArgs` on
 * first use, ~1 ms of a one-shot search.
 */
export function readArguments(argv: readonly string[]): HrArguments {
  if (!argv.some((a) => a.startsWith('-'))) return { values: {}, positionals: [...argv] };
  return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
}
