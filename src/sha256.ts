/**
 * SHA-256 with node:crypto loaded on its first use. Loading node:crypto (it pulls in Node's streams)
 * was ~2.5 ms of a ~100 ms one-shot `hr search`, which hashes nothing when the saved index's source
 * stamp is current (`built-index.ts`); a static import would load it on every start of the bundle.
 */
import type { Hash } from 'node:crypto';
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

/** A fresh SHA-256 hash, as `createHash('sha256')`. */
export function sha256(): Hash {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256');
}
