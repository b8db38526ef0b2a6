/**
 * A maintainer-readable thesaurus in the Solr/Elasticsearch synonym format, mapping everyday words
 * to the register of human-rights reports (gay → LGBTI, jail → prison): `a, b => c, d` expands a or
 * b to c and d; `a, b, c` makes the words expand to each other. Entries match by the analyser's
 * terms (stems), so plurals and verb endings match too; a phrase matches consecutive query words,
 * articles and possessives aside ("before your trial" is "before trial", "against his will" is
 * "against their will"). A one-word left-hand side written with a capital letter is an acronym that is also an
 * everyday word ("TIP", "FoE"): it matches only a query word typed as written or all in capitals, with or without a
 * plural "s" ("TIP", "TIPs", "FOE"), never "tip" or a sentence's "Tip", nor a query typed in capitals throughout.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { packageRoot } from '../paths.js';
import { ANALYSIS_VERSION, normalize, termOf, tokenize } from './analysis.js';
import { asciiJson } from './ascii-json.js';
import type { Scanned } from './query.js';

/** What one word or phrase of the query expands to: phrases of the report's register. */
export interface ThesaurusEntry {
  /** How many query words the matched phrase spans. */
  length: number;
  expansions: string[];
  /** An acronym line's match ("TIP" typed in capitals): the word is the acronym only, not the everyday word the report may write too. */
  acronym?: true;
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
  /** `Thesaurus.cased`: each form an acronym line matches as typed, and its expansions. */
  cased: [string, string[]][];
}

const DEFAULT_FILE = ['lexicon', 'human-rights-synonyms.txt'] as const;
/** How phrases are made keys; a saved copy keyed otherwise is parsed again (3: object pronouns left out too; 4: acronym lines kept as typed). */
const KEYS_VERSION = 4;
/** A query of at least this many words, none with a lower-case letter, is shouted: its capitals tell no acronym. */
const SHOUTED_WORDS = 3;

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
  /**
   * The acronym lines that are also everyday words ("TIP", "FoE"; a left-hand side written with a capital): each form
   * they match as typed — as written, all in capitals, either with a plural "s" — to the entry it gives.
   */
  private readonly cased = new Map<string, ThesaurusEntry>();
  /** Typo → the word meant (or null), with the passes finding it cost, remembered across queries and reports; see `parseQuery`. */
  readonly corrections = new Map<string, Scanned<string | null>>();

  /** Parses Solr synonym lines; `#` starts a comment. `text` may be the file's bytes (UTF-8) when `saved` gives what parsing it gave. */
  constructor(
    private readonly text: string | Buffer,
    saved?: Omit<SavedThesaurus, 'text'>,
  ) {
    if (saved) {
      this.entries = new Map(saved.entries);
      this.longest = saved.longest;
      this.words = saved.words;
      this.lengthsByFirstKey = new Map(saved.lengths);
      for (const [form, expansions] of saved.cased) this.cased.set(form, { length: 1, expansions, acronym: true });
      return;
    }
    this.parse(typeof text === 'string' ? text : text.toString('utf8'));
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
      const to = phrasesOf(right!);
      const from: string[] = [];
      for (const written of left!.split(',').map((p) => p.trim())) {
        if (/[A-Z]/.test(written) && /^\w+$/.test(written)) this.addCased(written, to);
        else if (written) from.push(...phrasesOf(written));
      }
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

  /** An acronym line's forms (`cased`): as written and all in capitals, each with and without a plural "s". */
  private addCased(written: string, to: readonly string[]): void {
    for (const form of [written, written.toUpperCase()]) {
      for (const f of [form, `${form}s`]) {
        const entry: ThesaurusEntry = this.cased.get(f) ?? { length: 1, expansions: [], acronym: true };
        for (const target of to) if (target !== normalize(written) && !entry.expansions.includes(target)) entry.expansions.push(target);
        this.cased.set(f, entry);
      }
    }
  }

  /**
   * Reads `lexicon/human-rights-synonyms.txt`; an empty thesaurus when it is missing. The entries are
   * taken from the copy `npm run build` saved (`compiledFile`) when it was made from the same text:
   * analysing every phrase in code not yet warmed up was ~9 ms, a tenth of a one-shot `hr search`.
   * The text is compared with the copy's as bytes and never decoded: with a copy of it inside the
   * copy's JSON, decoding both (as two-byte strings: the text is not all ASCII) and parsing the copy's
   * were ~2 ms more of a one-shot search (issue 13 round 70).
   */
  static load(file: string = join(packageRoot(), ...DEFAULT_FILE)): Thesaurus {
    let text: Buffer;
    try {
      text = readFileSync(file);
    } catch {
      return new Thesaurus('');
    }
    try {
      const saved = savedFrom(readFileSync(compiledFile(file)), text);
      if (saved) return new Thesaurus(text, saved);
    } catch {
      // Not built yet, or unreadable: parse the text.
    }
    return new Thesaurus(text.toString('utf8'));
  }

  /** Saves the parsed thesaurus where `load` looks for it (run by `npm run build`); see `savedFrom` for its layout. */
  static compile(file: string = join(packageRoot(), ...DEFAULT_FILE)): void {
    const text = readFileSync(file);
    const { text: _, ...saved } = new Thesaurus(text.toString('utf8')).toSaved();
    const head: SavedHead = { analysis: ANALYSIS_VERSION, keys: KEYS_VERSION, textBytes: text.length };
    mkdirSync(dirname(compiledFile(file)), { recursive: true });
    writeFileSync(compiledFile(file), Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), text, Buffer.from(`\n${asciiJson(saved)}`)]));
  }

  /** What `new Thesaurus(text, saved)` reads back (`compile` saves it without the text, and the text's bytes apart). */
  toSaved(): SavedThesaurus {
    const text = typeof this.text === 'string' ? this.text : this.text.toString('utf8');
    return { text, analysis: ANALYSIS_VERSION, keys: KEYS_VERSION, longest: this.longest, entries: [...this.entries], words: this.words, lengths: [...this.lengthsByFirstKey], cased: [...this.cased].map(([form, entry]) => [form, entry.expansions]) };
  }

  /**
   * The keys of the last `words` matched (the first `keyCount`): a query asks for every start in turn, over the same array.
   * One array kept and written from index 0, not one made per query (issue 13 round 41).
   */
  private lastWords?: readonly string[];
  private readonly lastKeys: string[] = [];
  private keyCount = 0;

  /** The longest entry starting at word `start` of `words` (raw query words), if any. */
  match(words: readonly string[], start: number): ThesaurusEntry | undefined {
    if (words !== this.lastWords) {
      this.lastWords = words;
      // Written one by one from index 0: always the same kind of array, whatever kind `words` is (`map` gave arrays
      // of more than one kind, and code compiled for one was thrown away on meeting another).
      const keys = this.lastKeys;
      for (let i = 0; i < words.length; i++) keys[i] = keyOf(words[i]!);
      this.keyCount = words.length;
    }
    const keys = this.lastKeys;
    // Past the words' end there is no key (the kept array may hold an earlier query's).
    if (start >= this.keyCount) return undefined;
    // An acronym typed in capitals ("TIP", "FoE") is the acronym, whatever the lower-case word would be; the query is
    // read for shouting only then (one lookup a word otherwise, no string made).
    const acronym = this.cased.get(words[start]!);
    if (acronym && !isShouted(words)) return acronym;
    const first = keys[start]!;
    // No phrase starts with an article, possessive or object pronoun: they are left out of every key.
    // Most words start no entry: answered without an empty array and an iterator made for each.
    const lengths = this.lengthsByFirstKey.get(first);
    return lengths === undefined ? undefined : this.longestFrom(keys, this.keyCount, start, lengths);
  }

  /** `match` of a word that starts an entry (`lengths`: its entries' lengths in words): its own method, so that a query none of whose words starts one does not compile it. */
  private longestFrom(keys: readonly string[], count: number, start: number, lengths: readonly number[]): ThesaurusEntry | undefined {
    const first = keys[start]!;
    for (let l = 0; l < lengths.length; l++) {
      const length = lengths[l]!;
      // The phrase's words from `start`, articles and possessives within it passed over (and spanned).
      let key = first;
      let found = 1;
      let end = start + 1;
      for (; end < count && found < length; end++) {
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

/** Where the build saves a thesaurus file's parsed entries: with the compiled code (which the image copies). */
function compiledFile(file: string): string {
  // Not `.json`: the text's bytes sit between its head and its JSON (`savedFrom`).
  return join(packageRoot(), 'dist', 'src', 'lexicon', `${basename(file, '.txt')}.saved`);
}

/** The first line of `compiledFile`: the versions it was made with and the length in bytes of the text that follows. */
interface SavedHead {
  analysis: number;
  keys: number;
  textBytes: number;
}

/**
 * The entries saved in `compiled` when it was made from `text` by this code's versions, else undefined. `compiled`
 * is `compile`'s: a line of JSON (`SavedHead`), the text's bytes as read and a newline, then the rest of
 * `SavedThesaurus` as JSON in ASCII (read as Latin-1, with no UTF-8 to validate).
 */
function savedFrom(compiled: Buffer, text: Buffer): Omit<SavedThesaurus, 'text'> | undefined {
  // The head is a few dozen bytes: found without Buffer#indexOf, whose first call compiles Node's own code.
  let headEnd = 0;
  while (headEnd < compiled.length && compiled[headEnd] !== 10) headEnd++;
  const head = JSON.parse(compiled.toString('latin1', 0, headEnd)) as Partial<SavedHead>;
  const textStart = headEnd + 1;
  const textEnd = textStart + text.length;
  if (head.analysis !== ANALYSIS_VERSION || head.keys !== KEYS_VERSION || head.textBytes !== text.length || compiled[textEnd] !== 10) return undefined;
  if (!compiled.subarray(textStart, textEnd).equals(text)) return undefined;
  const saved = JSON.parse(compiled.toString('latin1', textEnd + 1)) as Omit<SavedThesaurus, 'text'>;
  return saved.words && saved.lengths && saved.cased ? saved : undefined;
}

/** Whether a query is typed in capitals throughout: `SHOUTED_WORDS` words or more, none with a lower-case letter. */
function isShouted(words: readonly string[]): boolean {
  if (words.length < SHOUTED_WORDS) return false;
  for (const w of words) if (LOWER_CASE.test(w)) return false;
  return true;
}

const LOWER_CASE = /\p{Ll}/u;

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

/** Words a phrase's key leaves out, on both sides. */
const PASSED_OVER = new Set([...DETERMINERS, ...OBJECT_PRONOUNS]);

function keysOf(phrase: string): string[] {
  return tokenize(phrase)
    .map((t) => keyOf(t.surface))
    .filter((key) => !PASSED_OVER.has(key));
}
