/**
 * General English word vectors (lexicon/word-vectors.bin, distilled from GloVe-derived embeddings by
 * scripts/distil-word-vectors.mjs): the most frequent words, most frequent first, each an int8
 * unit vector with a float32 scale. Read once into typed arrays; nothing is parsed per query.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';

const HEADER_BYTES = 20;

export class WordVectors {
  private readonly byWord = new Map<string, number>();

  private constructor(
    readonly words: readonly string[],
    readonly dimensions: number,
    private readonly scales: Float32Array,
    private readonly vectors: Int8Array,
  ) {
    words.forEach((w, i) => this.byWord.set(w, i));
  }

  /** Reads the distilled file; undefined when it is missing or not in the expected format. */
  static load(file: string = join(packageRoot(), 'lexicon', 'word-vectors.bin')): WordVectors | undefined {
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch {
      return undefined;
    }
    if (data.length < HEADER_BYTES || data.toString('latin1', 0, 4) !== 'HRWV' || data.readUInt32LE(4) !== 1) return undefined;
    const count = data.readUInt32LE(8);
    const dimensions = data.readUInt32LE(12);
    const wordBytes = data.readUInt32LE(16);
    const words = data.toString('utf8', HEADER_BYTES, HEADER_BYTES + wordBytes).split('\n');
    const scalesAt = Math.ceil((HEADER_BYTES + wordBytes) / 4) * 4;
    // Copy into fresh aligned arrays: the file buffer may sit at any offset in Node's pool.
    const scales = new Float32Array(data.buffer.slice(data.byteOffset + scalesAt, data.byteOffset + scalesAt + count * 4));
    const vectorsAt = scalesAt + count * 4;
    const vectors = new Int8Array(data.buffer.slice(data.byteOffset + vectorsAt, data.byteOffset + vectorsAt + count * dimensions));
    if (words.length !== count || vectors.length !== count * dimensions) return undefined;
    return new WordVectors(words, dimensions, scales, vectors);
  }

  /** The word's position (its frequency rank, 0 = most frequent), or -1 when it has no vector. */
  indexOf(word: string): number {
    return this.byWord.get(word) ?? -1;
  }

  /** Adds `weight` × the word's unit vector at `position` into `out` from `offset`. */
  addTo(position: number, weight: number, out: Float32Array, offset: number): void {
    const d = this.dimensions;
    const scale = weight * this.scales[position]!;
    for (let i = 0, v = position * d; i < d; i++) out[offset + i]! += this.vectors[v + i]! * scale;
  }

  /** Cosine similarity of two words by position (vectors are unit length). */
  similarity(a: number, b: number): number {
    const d = this.dimensions;
    const va = a * d;
    const vb = b * d;
    let dot = 0;
    for (let i = 0; i < d; i++) dot += this.vectors[va + i]! * this.vectors[vb + i]!;
    return dot * this.scales[a]! * this.scales[b]!;
  }
}
