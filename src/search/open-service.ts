/**
 * Opens the query service over the index in a folder, building the index first when it is missing or
 * stale: what the bot does at start. Apart from `service.ts` so that the service itself loads none of
 * the index build (`index-build.ts`: MiniSearch, the report parser, the fact picking); `hr` opens a
 * current index through `built-index.ts` and imports the build only when it has to.
 */
import type { Logger } from '../log.js';
import { loadOrBuildIndex } from './index-build.js';
import type { QueryService } from './query-service.js';
import { createQueryService } from './service.js';

export interface OpenOptions {
  /** Folder with the reports, manifest and built index. */
  indexDir: string;
  /** Told when the index has to be rebuilt, and how long it took. */
  logger?: Logger;
  /** Report id that section lookups, facts and autocomplete use when none is named. Default: the newest by year. */
  defaultReport?: string;
}

/** Loads (or builds, when missing or stale) the index in `indexDir` and returns the service over it. */
export function openQueryService(options: OpenOptions): QueryService {
  return createQueryService(loadOrBuildIndex(options.indexDir, options.logger), undefined, undefined, { defaultReport: options.defaultReport });
}
