/**
 * The word vectors' words grouped by their primary Double Metaphone key, which `SoundSpelling` reads: written ahead of
 * time to lexicon/sound-keys.bin by scripts/write-sound-keys.mjs from the shipped vectors, read as it lies on the first
 * spelling by ear (no string per key, no map). Built in process only when the file is missing or was written for other
 * vectors: keying 50,000 words took 350–600 ms and left RSS 11–21 MB higher (round 132, docs/search-quality.md).
 */
import { fstatSync, readSync } from 'node:fs';
import { readOpened } from './opened-file.js';
import { join } from 'node:path';
import { doubleMetaphone } from 'double-metaphone';
import { packageRoot } from '../paths.js';
import type { WordVectors } from './word-vectors.js';

/**
 * File layout (little-endian), version 1: "HRSK", uint32 version, the vectors' word count and FNV-1a of their words
 * (`WordVectors.text`: the table is refused for any other vectors), key count, position count, byte length of the keys,
 * bytes per position (2 when every position fits, else 4); uint32 where each key starts in the keys (key count + 1);
 * uint32 where each key's positions start (key count + 1); the positions, commonest first within a key, padded to 4
 * bytes; the keys in ascending order, Latin-1, one after another.
 */
export const SOUND_KEYS_VERSION = 1;
const HEADER_BYTES = 32;

export class SoundKeyTable {
  private constructor(
    /** The keys in ascending order, one string; key `k` is `keys[keyStarts[k], keyStarts[k + 1])`. */
    private readonly keys: string,
    private readonly keyStarts: Uint32Array,
    private readonly groupStarts: Uint32Array,
    /** Word positions in the vectors, grouped by key. */
    readonly positions: Uint16Array | Uint32Array,
  ) {}

  /** The words of letters only in `vectors`, each under its primary key: round 132's table, built in process. */
  static build(vectors: WordVectors): SoundKeyTable {
    const text = vectors.text;
    const byKey = new Map<string, number[]>();
    for (let i = 0; i < vectors.count; i++) {
      const word = text.slice(vectors.start(i), vectors.start(i + 1) - 1);
      // Words of letters only: the vectors hold figures and hyphenated words no typo of letters sounds like.
      if (!/^[a-z]+$/.test(word)) continue;
      // Under its primary key only: a word found by the way it is seldom said ("thrasher" as TRXR) was seldom meant ("tortcher").
      const key = doubleMetaphone(word)[0];
      const group = byKey.get(key);
      if (group) group.push(i);
      else byKey.set(key, [i]);
    }
    const sorted = [...byKey.keys()].sort();
    const keyStarts = new Uint32Array(sorted.length + 1);
    const groupStarts = new Uint32Array(sorted.length + 1);
    sorted.forEach((key, k) => {
      keyStarts[k + 1] = keyStarts[k]! + key.length;
      groupStarts[k + 1] = groupStarts[k]! + byKey.get(key)!.length;
    });
    const positions = vectors.count <= 0x10000 ? new Uint16Array(groupStarts[sorted.length]!) : new Uint32Array(groupStarts[sorted.length]!);
    sorted.forEach((key, k) => positions.set(byKey.get(key)!, groupStarts[k]!));
    return new SoundKeyTable(sorted.join(''), keyStarts, groupStarts, positions);
  }

  /**
   * The table in `file` when it was written for `vectors`; undefined when it is missing, in another format or for other
   * vectors (the caller builds it then).
   */
  static load(vectors: WordVectors, file: string = join(packageRoot(), 'lexicon', 'sound-keys.bin')): SoundKeyTable | undefined {
    return readOpened(file, (fd) => {
      const bytes = new Uint8Array(fstatSync(fd).size);
      if (bytes.length < HEADER_BYTES || readSync(fd, bytes, 0, bytes.length, 0) < bytes.length) return undefined;
      const header = new DataView(bytes.buffer);
      const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
      if (magic !== 'HRSK' || header.getUint32(4, true) !== SOUND_KEYS_VERSION) return undefined;
      if (header.getUint32(8, true) !== vectors.count || header.getUint32(12, true) !== hashText(vectors.text)) return undefined;
      const keyCount = header.getUint32(16, true);
      const positionCount = header.getUint32(20, true);
      const keyBytes = header.getUint32(24, true);
      const positionBytes = header.getUint32(28, true);
      const layout = layoutOf(keyCount, positionCount, positionBytes);
      if (bytes.length !== layout.keysAt + keyBytes || (positionBytes !== 2 && positionBytes !== 4)) return undefined;
      const keys = Buffer.from(bytes.buffer, layout.keysAt, keyBytes).toString('latin1');
      const keyStarts = new Uint32Array(bytes.buffer, layout.keyStartsAt, keyCount + 1);
      const groupStarts = new Uint32Array(bytes.buffer, layout.groupStartsAt, keyCount + 1);
      const positions = positionBytes === 2 ? new Uint16Array(bytes.buffer, layout.positionsAt, positionCount) : new Uint32Array(bytes.buffer, layout.positionsAt, positionCount);
      return new SoundKeyTable(keys, keyStarts, groupStarts, positions);
    });
  }

  /** How many keys the table holds. */
  get keyCount(): number {
    return this.keyStarts.length - 1;
  }

  /** Key `k`, in ascending order (for tests and the script; lookups compare in place). */
  key(k: number): string {
    return this.keys.slice(this.keyStarts[k], this.keyStarts[k + 1]);
  }

  /** Where `key`'s words lie in `positions`, `[start, end)`; an empty range when no word has that key. */
  range(key: string): [start: number, end: number] {
    let low = 0;
    let high = this.keyCount - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compare(middle, key);
      if (order === 0) return [this.groupStarts[middle]!, this.groupStarts[middle + 1]!];
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return [0, 0];
  }

  /** The file `load` reads for the vectors this table was built from. */
  encode(vectors: WordVectors): Buffer {
    const keyCount = this.keyCount;
    const positionBytes = this.positions.BYTES_PER_ELEMENT;
    const layout = layoutOf(keyCount, this.positions.length, positionBytes);
    const keys = Buffer.from(this.keys, 'latin1');
    const out = Buffer.alloc(layout.keysAt + keys.length, 0);
    out.write('HRSK', 0, 'latin1');
    [SOUND_KEYS_VERSION, vectors.count, hashText(vectors.text), keyCount, this.positions.length, keys.length, positionBytes].forEach((n, i) => out.writeUInt32LE(n, 4 + i * 4));
    Buffer.from(this.keyStarts.buffer, this.keyStarts.byteOffset, this.keyStarts.byteLength).copy(out, layout.keyStartsAt);
    Buffer.from(this.groupStarts.buffer, this.groupStarts.byteOffset, this.groupStarts.byteLength).copy(out, layout.groupStartsAt);
    Buffer.from(this.positions.buffer, this.positions.byteOffset, this.positions.byteLength).copy(out, layout.positionsAt);
    keys.copy(out, layout.keysAt);
    return out;
  }

  /** Key `k` against `key`: negative when it sorts first, as `<` on strings of ASCII letters and figures. */
  private compare(k: number, key: string): number {
    const start = this.keyStarts[k]!;
    const length = this.keyStarts[k + 1]! - start;
    for (let i = 0; i < length && i < key.length; i++) {
      const d = this.keys.charCodeAt(start + i) - key.charCodeAt(i);
      if (d !== 0) return d;
    }
    return length - key.length;
  }
}

function layoutOf(keyCount: number, positionCount: number, positionBytes: number) {
  const keyStartsAt = HEADER_BYTES;
  const groupStartsAt = keyStartsAt + (keyCount + 1) * 4;
  const positionsAt = groupStartsAt + (keyCount + 1) * 4;
  return { keyStartsAt, groupStartsAt, positionsAt, keysAt: positionsAt + Math.ceil((positionCount * positionBytes) / 4) * 4 };
}

/** FNV-1a over the vectors' words (`WordVectors.text`, Latin-1): which vectors a table was written for. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
