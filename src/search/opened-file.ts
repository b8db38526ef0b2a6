/**
 * A lexicon file read through its descriptor: word vectors and sound keys read their headers first and only then as much
 * as the header says, so they read through one descriptor rather than `readFileSync`.
 */
import { closeSync, openSync } from 'node:fs';

/**
 * What `read` makes of `file` opened for reading, the file closed after it, whatever it returns or throws; undefined when
 * the file cannot be opened (a lexicon file not built, or not shipped): the caller goes on without it.
 */
export function readOpened<T>(file: string, read: (fd: number) => T | undefined): T | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    return read(fd);
  } finally {
    closeSync(fd);
  }
}
