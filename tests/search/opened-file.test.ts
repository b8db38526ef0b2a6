import { fstatSync, mkdtempSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOpened } from '../../src/search/opened-file.js';

describe('readOpened reads a lexicon file through one descriptor', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hr-opened-'));
  const file = join(dir, 'lexicon.bin');
  writeFileSync(file, 'HRXX');

  it('gives what the reader makes of the file, and closes it', () => {
    let seen = -1;
    const text = readOpened(file, (fd) => {
      seen = fd;
      const bytes = Buffer.alloc(4);
      readSync(fd, bytes, 0, 4, 0);
      return bytes.toString('latin1');
    });
    expect(text).toBe('HRXX');
    expect(() => fstatSync(seen)).toThrow();
  });
  it('closes the file when the reader throws', () => {
    let seen = -1;
    expect(() =>
      readOpened(file, (fd) => {
        seen = fd;
        throw new Error('bad header');
      }),
    ).toThrow('bad header');
    expect(() => fstatSync(seen)).toThrow();
  });
  it('is undefined for a file that is not there, without calling the reader', () => {
    let called = false;
    expect(readOpened(join(dir, 'missing.bin'), () => (called = true))).toBeUndefined();
    expect(called).toBe(false);
  });
});
