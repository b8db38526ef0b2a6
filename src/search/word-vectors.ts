/**
 * General English word vectors (lexicon/word-vectors.bin, distilled from GloVe-derived embeddings by
 * scripts/distil-word-vectors.mjs): the most frequent words, most frequent first, each an int8
 * unit vector with a float32 scale, and a hash table over the words built when the file is written.
 * Loading reads the words and the table as they lie (no string per word, no map); the vectors are
 * read the first time a similarity is asked for.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { readOpened } from './opened-file.js';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

/**
 * File layout (little-endian), version 2: "HRWV", uint32 version, count, dimensions, byte length of
 * the words; the words joined by "\n" (UTF-8), padded with "\n" to 4 bytes; uint32 start of each
 * word (count + 1 entries, the last one past the end + 1); int32 hash slots (`slotCount(count)`,
 * word position + 1 or 0 for empty, FNV-1a with linear probing); float32 scale × count; int8
 * vector × count × dimensions.
 */
export const WORD_VECTORS_VERSION = 2;
const HEADER_BYTES = 20;
const NEWLINE = 10;

export class WordVectors {
  private readonly mask: number;
  private weights?: { scales: Float32Array; vectors: Int8Array };

  private constructor(
    private readonly file: string,
    readonly count: number,
    readonly dimensions: number,
    /** The word list as UTF-8, one word a line, where each word starts, and the hash slots. */
    private readonly wordBytes: Uint8Array,
    private readonly wordStarts: Uint32Array,
    private readonly slots: Int32Array,
    /** Where the scales start in the file; the vectors follow them. */
    private readonly scalesAt: number,
  ) {
    this.mask = slots.length - 1;
  }

  /** Reads the distilled file's words; undefined when it is missing or not in the expected format. */
  static load(file: string = join(packageRoot(), 'lexicon', 'word-vectors.bin')): WordVectors | undefined {
    return readOpened(file, (fd) => {
      const header = Buffer.alloc(HEADER_BYTES);
      if (readSync(fd, header, 0, HEADER_BYTES, 0) < HEADER_BYTES) return undefined;
      if (header.toString('latin1', 0, 4) !== 'HRWV' || header.readUInt32LE(4) !== WORD_VECTORS_VERSION) return undefined;
      const count = header.readUInt32LE(8);
      const dimensions = header.readUInt32LE(12);
      const layout = layoutOf(count, header.readUInt32LE(16));
      const head = new Uint8Array(layout.scalesAt);
      if (readSync(fd, head, 0, head.length, 0) < head.length) return undefined;
      const wordBytes = head.subarray(HEADER_BYTES, layout.wordsEnd);
      const wordStarts = new Uint32Array(head.buffer, layout.startsAt, count + 1);
      const slots = new Int32Array(head.buffer, layout.slotsAt, slotCount(count));
      return new WordVectors(file, count, dimensions, wordBytes, wordStarts, slots, layout.scalesAt);
    });
  }

  /**
   * Each word's first byte (its first letter for an ASCII word), by position, read straight from the word list: a caller
   * grouping 50,000 words by it ran two calls a word unoptimised in a fresh `hr` (issue 13 round 59).
   */
  firstBytes(): Uint8Array {
    const out = new Uint8Array(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.wordBytes[this.wordStarts[i]!]!;
    return out;
  }

  /** Every word, most frequent first (built on demand: search only looks words up). */
  get words(): readonly string[] {
    const decoder = new TextDecoder();
    return Array.from({ length: this.count }, (_, i) => decoder.decode(this.wordBytes.subarray(this.wordStarts[i]!, this.wordStarts[i + 1]! - 1)));
  }

  private joined?: string;
  /**
   * The words as one string, joined by "\n" (each starts at `start(i)`): a scan of every word (typo
   * correction, `EnglishSpelling`) reads them without a string per word. Latin-1 is exact: the words
   * are plain ASCII (scripts/distil-word-vectors.mjs). Decoded on first use, ~0.4 MB.
   */
  get text(): string {
    return (this.joined ??= Buffer.from(this.wordBytes.buffer, this.wordBytes.byteOffset, this.wordBytes.length).toString('latin1'));
  }

  /** Where word `i` starts in `text`; its length is `start(i + 1) - start(i) - 1`. */
  start(i: number): number {
    return this.wordStarts[i]!;
  }

  /** The word's position (its frequency rank, 0 = most frequent), or -1 when it has no vector. */
  indexOf(word: string): number {
    const length = this.encode(word);
    const key = this.key;
    for (let slot = hashBytes(key, 0, length) & this.mask, entry = this.slots[slot]!; entry !== 0; slot = (slot + 1) & this.mask, entry = this.slots[slot]!) {
      const start = this.wordStarts[entry - 1]!;
      if (this.wordStarts[entry]! - 1 - start === length && sameBytes(this.wordBytes, start, key, length)) return entry - 1;
    }
    return -1;
  }

  /** Scratch for a looked-up word's UTF-8 bytes: every query word is looked up, and a Buffer per lookup made it ~1.5× slower. */
  private key = new Uint8Array(64);

  /** Writes `word` as UTF-8 into `key` (grown when needed) and returns its length in bytes. */
  private encode(word: string): number {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
    if (word.length * 3 > this.key.length) this.key = new Uint8Array(word.length * 3);
    const key = this.key;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 0x80) return utf8.encodeInto(word, key).written;
      key[i] = c;
    }
    return word.length;
  }

  /** Adds `weight` × the word's unit vector at `position` into `out` from `offset`. */
  addTo(position: number, weight: number, out: Float32Array, offset: number): void {
    const { scales, vectors } = this.loadWeights();
    const d = this.dimensions;
    const scale = weight * scales[position]!;
    for (let i = 0, v = position * d; i < d; i++) out[offset + i]! += vectors[v + i]! * scale;
  }

  /** Cosine similarity of two words by position (vectors are unit length). */
  similarity(a: number, b: number): number {
    const { scales, vectors } = this.loadWeights();
    const d = this.dimensions;
    const va = a * d;
    const vb = b * d;
    let dot = 0;
    for (let i = 0; i < d; i++) dot += vectors[va + i]! * vectors[vb + i]!;
    return dot * scales[a]! * scales[b]!;
  }

  private loadWeights(): { scales: Float32Array; vectors: Int8Array } {
    if (this.weights) return this.weights;
    const bytes = new Uint8Array(this.count * 4 + this.count * this.dimensions);
    const fd = openSync(this.file, 'r');
    try {
      readSync(fd, bytes, 0, bytes.length, this.scalesAt);
    } finally {
      closeSync(fd);
    }
    this.weights = { scales: new Float32Array(bytes.buffer, 0, this.count), vectors: new Int8Array(bytes.buffer, this.count * 4) };
    return this.weights;
  }
}

/**
 * The version-2 file for `words` (most frequent first) with their int8 vectors and scales: the
 * distiller writes it, so the lookup table is built once, not at every start.
 */
export function encodeWordVectors(words: readonly string[], dimensions: number, scales: Float32Array, vectors: Int8Array): Buffer {
  const count = words.length;
  const joined = Buffer.from(words.join('\n'), 'utf8');
  const layout = layoutOf(count, joined.length);
  const out = Buffer.alloc(layout.scalesAt + count * 4 + count * dimensions, 0);
  out.write('HRWV', 0, 'latin1');
  out.writeUInt32LE(WORD_VECTORS_VERSION, 4);
  out.writeUInt32LE(count, 8);
  out.writeUInt32LE(dimensions, 12);
  out.writeUInt32LE(joined.length, 16);
  joined.copy(out, HEADER_BYTES);
  out.fill(NEWLINE, layout.wordsEnd, layout.startsAt);
  const starts = new Uint32Array(count + 1);
  let at = 0;
  words.forEach((w, i) => {
    starts[i] = at;
    at += Buffer.byteLength(w, 'utf8') + 1;
  });
  starts[count] = at;
  const slots = new Int32Array(slotCount(count));
  const mask = slots.length - 1;
  for (let i = 0; i < count; i++) {
    let slot = hashBytes(joined, starts[i]!, starts[i + 1]! - 1) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  }
  Buffer.from(starts.buffer).copy(out, layout.startsAt);
  Buffer.from(slots.buffer).copy(out, layout.slotsAt);
  Buffer.from(scales.buffer, scales.byteOffset, count * 4).copy(out, layout.scalesAt);
  Buffer.from(vectors.buffer, vectors.byteOffset, count * dimensions).copy(out, layout.scalesAt + count * 4);
  return out;
}

function layoutOf(count: number, wordByteCount: number) {
  const wordsEnd = HEADER_BYTES + wordByteCount;
  const startsAt = Math.ceil(wordsEnd / 4) * 4;
  const slotsAt = startsAt + (count + 1) * 4;
  return { wordsEnd, startsAt, slotsAt, scalesAt: slotsAt + slotCount(count) * 4 };
}

/** Hash slots for `count` words: a power of two, at most half full. */
function slotCount(count: number): number {
  let size = 1;
  while (size < count * 2) size *= 2;
  return size;
}

/** FNV-1a over `bytes[start, end)`. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

function sameBytes(bytes: Uint8Array, start: number, key: Uint8Array, length: number): boolean {
  for (let i = 0; i < length; i++) if (bytes[start + i] !== key[i]) return false;
  return true;
}

const utf8 = new TextEncoder();
