#!/usr/bin/env node
/* global console */
// Writes lexicon/sound-keys.bin: the shipped word vectors' words (lexicon/word-vectors.bin) grouped by their primary
// Double Metaphone key, which the correction of spellings by ear reads (src/search/sound-keys.ts). Ahead of time, not
// in the bot: keying 50,000 words is 350–600 ms and an RSS rise of 11–21 MB (round 132). Re-run it after
// scripts/distil-word-vectors.mjs or an update of double-metaphone; a test fails while the file is stale:
//   npm run build && node scripts/write-sound-keys.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SoundKeyTable } from '../dist/src/search/sound-keys.js';
import { WordVectors } from '../dist/src/search/word-vectors.js';

const vectors = WordVectors.load();
if (!vectors) throw new Error('lexicon/word-vectors.bin is missing or in another format');
const table = SoundKeyTable.build(vectors);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'lexicon', 'sound-keys.bin');
const file = table.encode(vectors);
writeFileSync(out, file);
console.log(`${out}: ${table.positions.length} words under ${table.keyCount} keys, ${(file.length / 1e3).toFixed(0)} kB`);
