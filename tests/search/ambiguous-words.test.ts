import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AmbiguousWords } from '../../src/search/ambiguous-words.js';
import { AMBIGUOUS } from '../../src/search/query.js';

describe("English's words of very many senses", () => {
  const words = AmbiguousWords.load(AMBIGUOUS.senses);
  it('holds a word in any form WordNet would list it under, and not words of a few senses', () => {
    for (const w of ['run', 'runs', 'running', 'takes', 'charges', 'make']) expect(words.has(w), w).toBe(true);
    for (const w of ['police', 'jail', 'prison', 'torture', 'go']) expect(words.has(w), w).toBe(false);
  });

  it('is made from WordNet when the build has not saved it, and saved for the next load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hr-ambiguous-'));
    try {
      const file = join(dir, 'ambiguous-words.json');
      const fresh = AmbiguousWords.load(AMBIGUOUS.senses, file);
      expect(fresh.has('runs')).toBe(true);
      AmbiguousWords.compile(AMBIGUOUS.senses, file);
      expect(AmbiguousWords.load(AMBIGUOUS.senses, file).has('takes')).toBe(true);
      // Saved for another threshold, the list is made again.
      expect(AmbiguousWords.load(60, file).has('take')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
