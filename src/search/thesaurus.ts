/**
 * A maintainer-readable thesaurus in the Solr/Elasticsearch synonym format, mapping everyday words
 * to the register of human-rights reports (gay → LGBTI, jail → prison): `a, b => c, d` expands a or
 * b to c and d; `a, b, c` makes the words expand to each other. Entries match by the analyser's
 * terms (stems), so plurals and verb endings match too; a phrase matches consecutive query words,
 * articles and possessives aside ("before your trial" is "before trial", "against his will" is
 * "against their will").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { packageRoot } from '../paths.js';
import { ANALYSIS_VERSION, normalize, termOf, tokenize } from './analysis.js';
import type { Scanned } from './query.js';

/** What one word or phrase of the query expands to: phrases of the report's register. */
export interface ThesaurusEntry {
  /** How many query words the matched phrase spans. */
  length: number;
  expansions: string[];
}

/** A thesaurus as `npm run build` saves it: the text it was parsed from, and what parsing gave. */
export interface SavedThesaurus {
  text: string;
  /** `ANALYSIS_VERSION` when saved: keys are analyser terms, so a change of analysis voids them. */
  analysis: number;
  /** `KEYS_VERSION` when saved: how phrases are made keys (2: articles and possessives left out). */
  keys?: number;
  longest: number;
  entries: [string, string[]][];
  words: Record<string, string>;
  /** `Thesaurus.lengthsByFirstKey`: saved, because building it in code not yet warmed up took ~1.5 ms of start-up. */
  lengths: [string, number[]][];
}

const DEFAULT_FILE = ['lexicon', 'human-rights-synonyms.txt'] as const;
/** How phrases are made keys; a saved copy keyed otherwise is parsed again (3: object pronouns left out too). */
const KEYS_VERSION = 3;

export class Thesaurus {
  /** Key (the phrase's words as keys, space-joined) → expansions. */
  private readonly entries = new Map<string, string[]>();
  /** The longest phrase on a left-hand side, in words. */
  private longest = 1;
  /**
   * The lengths (in words, longest first) of the entries starting with each key: a query word is tried
   * only at those. Trying every length up to `longest` built a joined key per start and length, and was
   * the largest self time of a warm query in some runs (a string and an array each, hashed for the lookup).
   */
  private readonly lengthsByFirstKey: Map<string, number[]>;
  /**
   * The one-word left-hand sides as written, each mapped to itself ("policeman"): a typo of an everyday
   * word the report never uses ("policmean") is corrected against these, then expanded like the word.
   */
  readonly words: Record<string, string> = {};
  /** Typo → the word meant (or null), with the passes finding it cost, remembered across queries and reports; see `parseQuery`. */
  readonly corrections = new Map<string, Scanned<string | null>>();

  /** Parses Solr synonym lines; `#` starts a comment. */
  constructor(
    private readonly text: string,
    saved?: SavedThesaurus,
  ) {
    if (saved) {
      this.entries = new Map(saved.entries);
      this.longest = saved.longest;
      this.words = saved.words;
      this.lengthsByFirstKey = new Map(saved.lengths);
      return;
    }
    this.parse(text);
    this.lengthsByFirstKey = new Map();
    for (const key of this.entries.keys()) {
      const words = key.split(' ');
      const lengths = this.lengthsByFirstKey.get(words[0]!) ?? [];
      if (!lengths.includes(words.length)) lengths.push(words.length);
      this.lengthsByFirstKey.set(words[0]!, lengths.sort((a, b) => b - a));
    }
  }

  private parse(text: string): void {
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
        if (words.length === 1) this.words[phrase] = phrase;
      }
    }
  }

  /**
   * Reads `lexicon/human-rights-synonyms.txt`; an empty thesaurus when it is missing. The entries are
   * taken from the copy `npm run build` saved (`compiledFile`) when it was made from the same text:
   * analysing every phrase in code not yet warmed up was ~9 ms, a tenth of a one-shot `hr search`.
   */
  static load(file: string = join(packageRoot(), ...DEFAULT_FILE)): Thesaurus {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return new Thesaurus('');
    }
    try {
      const saved = JSON.parse(readFileSync(compiledFile(file), 'utf8')) as SavedThesaurus;
      if (saved.text === text && saved.analysis === ANALYSIS_VERSION && saved.keys === KEYS_VERSION && saved.words && saved.lengths) return new Thesaurus(text, saved);
    } catch {
      // Not built yet, or unreadable: parse the text.
    }
    return new Thesaurus(text);
  }

  /** Saves the parsed thesaurus where `load` looks for it (run by `npm run build`). */
  static compile(file: string = join(packageRoot(), ...DEFAULT_FILE)): void {
    const saved = new Thesaurus(readFileSync(file, 'utf8')).toSaved();
    mkdirSync(dirname(compiledFile(file)), { recursive: true });
    writeFileSync(compiledFile(file), JSON.stringify(saved));
  }

  /** What `compile` saves and `new Thesaurus(text, saved)` reads back. */
  toSaved(): SavedThesaurus {
    return { text: this.text, analysis: ANALYSIS_VERSION, keys: KEYS_VERSION, longest: this.longest, entries: [...this.entries], words: this.words, lengths: [...this.lengthsByFirstKey] };
  }

  /** The keys of the last `words` matched: a query asks for every start in turn, over the same array. */
  private lastWords?: readonly string[];
  private lastKeys: string[] = [];

  /** The longest entry starting at word `start` of `words` (raw query words), if any. */
  match(words: readonly string[], start: number): ThesaurusEntry | undefined {
    if (words !== this.lastWords) {
      this.lastWords = words;
      // Pushed one by one: always the same kind of array, whatever kind `words` is (`map` gave arrays
      // of more than one kind, and code compiled for one was thrown away on meeting another).
      const keys: string[] = [];
      for (let i = 0; i < words.length; i++) keys.push(keyOf(words[i]!));
      this.lastKeys = keys;
    }
    const keys = this.lastKeys;
    const first = keys[start]!;
    // No phrase starts with an article, possessive or object pronoun: they are left out of every key.
    // Most words start no entry: answered without an empty array and an iterator made for each.
    const lengths = this.lengthsByFirstKey.get(first);
    const own = lengths === undefined ? undefined : this.longestFrom(keys, start, lengths);
    if (own && own.length > 1) {
      // "cannot see or hear": the second conjunct read with the phrase's head joins the phrase, one query word,
      // when it says the same thing; "forced to work or marry" are two, and "marry" is read at its own start.
      const end = start + own.length;
      const second = CONJUNCTIONS.has(keys[end] ?? '') && end + 1 < keys.length ? this.secondConjunct(keys, end + 1) : undefined;
      return second && sayOneThing(own.expansions, second.expansions) ? { length: own.length + 2, expansions: merged(own.expansions, second.expansions) } : own;
    }
    // Only a word beside "or", "and" or "nor" is read through a coordination: no other query pays for it.
    const coordinated = CONJUNCTIONS.has(keys[start + 1] ?? '') || (start >= 2 && CONJUNCTIONS.has(keys[start - 1]!)) ? this.conjunctFrom(keys, start) : undefined;
    return coordinated ?? own;
  }

  /**
   * The phrase a conjunct makes with the words it shares ("X or Y" / "X and Y"), as one query word: the first
   * conjunct with the tail after the second ("violent or drunk husband": violent husband), the second with the
   * head before the first ("forced to cook or marry": forced to marry). A phrase read straight through comes first;
   * when both conjuncts make a phrase saying one thing (the same expansions: "cannot see or hear", "violent or abusive
   * husband"), the whole coordination is one query word with both phrases' expansions, so that neither conjunct is read as a bare typed word ("hear" of "courts
   * may hear an appeal") and the shared stand-ins are one word's, not two (coverage counts a stand-in for one word only).
   */
  private conjunctFrom(keys: readonly string[], start: number): ThesaurusEntry | undefined {
    const first = keys[start]!;
    if (CONJUNCTIONS.has(first) || PASSED_OVER.has(first)) return undefined;
    // First conjunct: the words after "or Y" follow it.
    if (CONJUNCTIONS.has(keys[start + 1] ?? '') && start + 3 < keys.length) {
      const lengths = this.lengthsByFirstKey.get(first);
      const entry = lengths && this.longestFrom([first, ...keys.slice(start + 3)], 0, lengths);
      if (entry && entry.length > 1) {
        // "violent or abusive husband": both conjuncts make a phrase with the tail, so the whole is one query word.
        const lengths2 = this.lengthsByFirstKey.get(keys[start + 2]!);
        const second = lengths2 && this.longestFrom(keys, start + 2, lengths2);
        return second && second.length > 1 && sayOneThing(entry.expansions, second.expansions) ? { length: second.length + 2, expansions: merged(entry.expansions, second.expansions) } : { length: 1, expansions: entry.expansions };
      }
    }
    return start >= 3 && CONJUNCTIONS.has(keys[start - 1]!) ? this.secondConjunct(keys, start) : undefined;
  }

  /** The phrase the second conjunct (at `start`, after "X or") makes with the head before X, the longest head first. */
  private secondConjunct(keys: readonly string[], start: number): ThesaurusEntry | undefined {
    if (CONJUNCTIONS.has(keys[start]!) || PASSED_OVER.has(keys[start]!)) return undefined;
    for (let from = Math.max(0, start - 2 - this.longest); from <= start - 3; from++) {
      const lengths = this.lengthsByFirstKey.get(keys[from]!);
      if (lengths === undefined) continue;
      const head = keys.slice(from, start - 2);
      if (head.some((key) => CONJUNCTIONS.has(key))) continue;
      const entry = this.longestFrom([...head, ...keys.slice(start)], 0, lengths);
      if (entry && entry.length > head.length) return { length: 1, expansions: entry.expansions };
    }
    return undefined;
  }

  /** `match` of a word that starts an entry (`lengths`: its entries' lengths in words): its own method, so that a query none of whose words starts one does not compile it. */
  private longestFrom(keys: readonly string[], start: number, lengths: readonly number[]): ThesaurusEntry | undefined {
    const first = keys[start]!;
    for (let l = 0; l < lengths.length; l++) {
      const length = lengths[l]!;
      // The phrase's words from `start`, articles and possessives within it passed over (and spanned).
      let key = first;
      let found = 1;
      let end = start + 1;
      for (; end < keys.length && found < length; end++) {
        if (PASSED_OVER.has(keys[end]!)) continue;
        key += ` ${keys[end]!}`;
        found++;
      }
      if (found < length) continue;
      const expansions = this.entries.get(key);
      if (expansions?.length) return { length: end - start, expansions };
    }
    return undefined;
  }
}

/**
 * Whether two conjuncts' phrases say one thing twice: the same expansions, as two phrases of one line have ("cannot see
 * or hear", "violent or abusive husband"). "hurt or died at work" asks for two things (injured; workplace deaths,
 * fatalities), though the lines share a term: as one word, their four stand-ins shared one word's weight, and a
 * paragraph on military hazing ("deaths … injuries") came before the one counting workplace injuries and deaths.
 */
function sayOneThing(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((e) => b.includes(e));
}

/** Two conjuncts' expansions, each once. */
function merged(a: readonly string[], b: readonly string[]): string[] {
  const all = [...a];
  for (const e of b) if (!all.includes(e)) all.push(e);
  return all;
}

/** Where the build saves a thesaurus file's parsed entries: with the compiled code (which the image copies). */
function compiledFile(file: string): string {
  return join(packageRoot(), 'dist', 'src', 'lexicon', `${basename(file, '.txt')}.json`);
}

function phrasesOf(side: string): string[] {
  return side.split(',').map((p) => normalize(p).trim()).filter(Boolean);
}

/** A word's matching key: its index term, or the folded word for stop words ("locked up"). */
function keyOf(word: string): string {
  return termOf(word) ?? normalize(word);
}

/**
 * Articles and possessives: people put them in a phrase or leave them out as they please ("hit
 * their kids", "hit the kids", "hit kids"), so a phrase's key leaves them out on both sides.
 */
const DETERMINERS = new Set('a an the my your his her its our their'.split(' '));

/**
 * Object pronouns: a phrasal verb takes its object between verb and particle as often as after
 * ("roughed him up", "kicked them out", "locked someone up"), so inside a phrase they are passed over
 * like articles. No left-hand side starts with one, so a phrase never matches from one.
 */
const OBJECT_PRONOUNS = new Set('him them me us you it someone somebody anyone anybody'.split(' ').map(keyOf));

/** The words that join two conjuncts sharing a phrase's other words ("cannot see or hear"). */
const CONJUNCTIONS = new Set(['or', 'and', 'nor']);

/** Words a phrase's key leaves out, on both sides. */
const PASSED_OVER = new Set([...DETERMINERS, ...OBJECT_PRONOUNS]);

function keysOf(phrase: string): string[] {
  return tokenize(phrase)
    .map((t) => keyOf(t.surface))
    .filter((key) => !PASSED_OVER.has(key));
}
