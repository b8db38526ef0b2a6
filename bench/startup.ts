/**
 * Start-up broken down over the unbundled modules (what `npm start` runs; `hr` runs their bundle), run
 * in a fresh process by `bench/run.ts`: the search modules' load, the index read (file, hash check,
 * JSON) with the service built over it, and the first query. Prints one JSON line of milliseconds;
 * `sinceStart` counts from the process's own start, `firstQueryCpu` is the first query's CPU time.
 *   startup.js QUERY [--warm] [--bot] [--idle]
 * `--warm` first runs the bot's warm-up (src/search/warm-up.ts), as `npm start` does before it reports
 * ready or opens its console, and `warmUp` says how long that took. `--bot` leaves out what hr's loader
 * sets and `npm start` does not (the young generation's growth factor, no allocation-site pretenuring), and detaches
 * a buffer before the warm-up as the bot does (src/array-buffer-detaching.ts).
 * `--idle` waits IDLE_MS between the warm-up and the query, as a user's first question never comes the
 * moment the bot is ready (it connects to its chats first) or the console opens: asked at once, the query
 * shares the cores with V8 optimising what the warm-up ran, on its worker thread (at load ~10: 16 ms
 * wall, 7.3 ms CPU, against 3.2 and 3.1 ms after 300 ms idle).
 */
const IDLE_MS = 300;
const started = performance.now();
const flags = process.argv.slice(3);
// As `hr` runs (scripts/hr-loader.cjs): the young generation grown eightfold once survivors fill it, and no allocation-site
// pretenuring. Loading node:v8 for them is counted with the modules, as hr pays it at start-up.
if (!flags.includes('--bot')) {
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString('--semi-space-growth-factor=8');
  setFlagsFromString('--no-allocation-site-pretenuring');
} else {
  // As the bot does before its warm-up (src/main.ts), for its adapters' fetch detaches a buffer anyway.
  (await import('../src/array-buffer-detaching.js')).detachOnce();
}
const { readStampedIndex } = await import('../src/search/built-index.js');
const { createQueryService } = await import('../src/search/service.js');
const { defaultIndexDir } = await import('../src/paths.js');
const { warmUp } = await import('../src/search/warm-up.js');
const modulesLoaded = performance.now();
// As `hr` does: the build's modules only when the stamp does not settle it (a copied folder).
const index = readStampedIndex(defaultIndexDir()) ?? (await import('../src/search/index-build.js')).readCurrentIndex(defaultIndexDir()).index;
if (!index) throw new Error('no current index: run npm run index');
const service = createQueryService(index);
// The report's own line of the index is read when first used: open it here, so this counts it.
service.sections();
const indexLoaded = performance.now();
if (flags.includes('--warm')) warmUp(service);
const warmedUp = performance.now();
if (flags.includes('--idle')) await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
const warmed = performance.now();
const cpuBefore = process.cpuUsage();
service.search(process.argv[2] ?? 'torture complaints', { limit: 5 });
const answered = performance.now();
const { user, system } = process.cpuUsage(cpuBefore);
process.stdout.write(
  `${JSON.stringify({ modules: modulesLoaded - started, index: indexLoaded - modulesLoaded, firstQuery: answered - warmed, firstQueryCpu: (user + system) / 1000, warmUp: warmedUp - indexLoaded, sinceStart: answered })}\n`,
);
