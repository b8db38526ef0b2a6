/**
 * A maintainer-readable thesaurus in the Solr/Elasticsearch synonym format, mapping everyday words
 * to the register of human-rights reports (gay → LGBTI, jail → prison): `a, b => c, d` expands a or
 * b to c and d; `a, b, c` makes the words expand to each other. Entries match by the analyser's
 * terms (stems), so plurals and verb endings match too; a phrase matches consecutive query words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import { normalize, termOf, tokenize } from './analysis.js';

/** What one word or phrase of the query expands to: phrases of the report's register. */
export interface ThesaurusEntry {
  /** How many query words the matched phrase spans. */
  length: number;
  expansions: string[];
}

export class Thesaurus {
  /** Key (the phrase's words as keys, space-joined) → expansions. */
  private readonly entries = new Map<string, string[]>();
  /** The longest phrase on a left-hand side, in words. */
  private longest = 1;

  /** Parses Solr synonym lines; `#` starts a comment. */
  constructor(text: string) {
    for (const raw of text.split('\n')) {
      const line = raw.replace(/#.*/, '').trim();
      if (!line) continue;
      const [left, right] = line.includes('=>') ? line.split('=>') : [line, line];
      const from = phrasesOf(left!);
      const to = phrasesOf(right!);
      for (const phrase of from) {
        const words = keysOf(phrase);
        if (words.length === 0) continue;
        const key = words.join(' ');
        const expansions = this.entries.get(key) ?? [];
        for (const target of to) if (target !== phrase && !expansions.includes(target)) expansions.push(target);
        this.entries.set(key, expansions);
        this.longest = Math.max(this.longest, words.length);
      }
    }
  }

  /** Reads `lexicon/human-rights-synonyms.txt`; an empty thesaurus when it is missing. */
  static load(file: string = join(packageRoot(), 'lexicon', 'human-rights-synonyms.txt')): Thesaurus {
    try {
      return new Thesaurus(readFileSync(file, 'utf8'));
    } catch {
      return new Thesaurus('');
    }
  }

  /** The keys of the last `words` matched: a query asks for every start in turn, over the same array. */
  private lastWords?: readonly string[];
  private lastKeys: string[] = [];

  /** The longest entry starting at word `start` of `words` (raw query words), if any. */
  match(words: readonly string[], start: number): ThesaurusEntry | undefined {
    if (words !== this.lastWords) {
      this.lastWords = words;
      this.lastKeys = words.map(keyOf);
    }
    const keys = this.lastKeys;
    for (let length = Math.min(this.longest, words.length - start); length >= 1; length--) {
      const key = length === 1 ? keys[start]! : keys.slice(start, start + length).join(' ');
      const expansions = this.entries.get(key);
      if (expansions?.length) return { length, expansions };
    }
    return undefined;
  }
}

function phrasesOf(side: string): string[] {
  return side.split(',').map((p) => normalize(p).trim()).filter(Boolean);
}

/** A word's matching key: its index term, or the folded word for stop words ("locked up"). */
function keyOf(word: string): string {
  return termOf(word) ?? normalize(word);
}

function keysOf(phrase: string): string[] {
  return tokenize(phrase).map((t) => keyOf(t.surface));
}
