/**
 * The bot's way to open the query service: the saved index read by `built-index.ts` alone when its stamp shows it
 * current, and the index build (`index-build.ts`: MiniSearch, the report parser, the fact picking) imported only when
 * it does not, as `hr` does. `open-service.ts` imports the build with the service, which a bot over a current index
 * never runs: ~0.4 MB of V8's heap after start-up (docs/search-speed.md, issue 13 round 52).
 */
import { readStampedIndex } from './built-index.js';
import type { OpenOptions } from './open-service.js';
import type { QueryService } from './query-service.js';
import { createQueryService } from './service.js';

/** Reads (or, when missing or stale, builds) the index in `indexDir` and returns the service over it. */
export async function openQueryServiceLazily(options: OpenOptions): Promise<QueryService> {
  const index = readStampedIndex(options.indexDir) ?? (await import('./index-build.js')).loadOrBuildIndex(options.indexDir, options.logger);
  return createQueryService(index, undefined, undefined, { defaultReport: options.defaultReport });
}
