import { afterEach, describe, expect, it, vi } from 'vitest';
import { lemmasWithSenses, WordNet } from '../../src/search/wordnet.js';

// Distinct query words read new WordNet file blocks; past the cache's cap the oldest block's memory is
// read into, so a public bot's stream of new words leaves no garbage outside V8's heap (issue 13 round 32).
describe('WordNet file blocks', () => {
  afterEach(() => vi.restoreAllMocks());

  const lemmas = lemmasWithSenses(1);
  // Spread over the alphabet, so the lookups touch far more blocks than the cache keeps.
  const spread = (n: number, from: number) => Array.from({ length: n }, (_, i) => lemmas[Math.floor(((i * 7919 + from) % lemmas.length))]!);

  it('past the cache\'s cap, reading new blocks allocates no new buffer (a few: files whose cache is not yet full)', () => {
    const wordnet = new WordNet();
    for (const word of spread(3000, 0)) wordnet.senses(word);
    const allocations = [vi.spyOn(Buffer, 'allocUnsafe'), vi.spyOn(Buffer, 'allocUnsafeSlow'), vi.spyOn(Buffer, 'alloc')];
    for (const word of spread(3000, 1)) wordnet.senses(word);
    const made = allocations.reduce((sum, spy) => sum + spy.mock.calls.filter(([size]) => size >= 4096).length, 0);
    // One per block read before (~1,000 here); now only the blocks of files still filling their cache.
    expect(made).toBeLessThanOrEqual(20);
  });

  it('keeps at most 32 blocks of an index file and 16 of a data file, the data files\' reads being single lines spread over them', () => {
    const wordnet = new WordNet();
    for (const word of spread(3000, 5)) wordnet.senses(word);
    const held = wordnet.blocksHeld();
    // Enough lookups to fill every cache that a cap bounds: the noun files hold far more blocks than either cap.
    expect(held['index.noun']).toBe(32);
    expect(held['data.noun']).toBe(16);
    for (const [file, blocks] of Object.entries(held)) expect(blocks, file).toBeLessThanOrEqual(file.startsWith('data.') ? 16 : 32);
  });

  // An index file's binary searches share their first probes, kept as probes (~100 bytes) rather than as the blocks
  // they were read from (8 KB); only those over more than a block, so no more than ~2 a block of the file (round 52).
  it('keeps the binary searches\' probes over more than a block, at most two a block of the file', () => {
    const wordnet = new WordNet();
    for (const word of spread(3000, 5)) wordnet.senses(word);
    const held = wordnet.indexFiles();
    expect(held['index.noun']!.probes).toBeGreaterThan(100);
    for (const [file, { probes, blocks }] of Object.entries(held)) expect(probes, file).toBeLessThanOrEqual(2 * blocks);
  });

  it('looks a new word up in an index file from the kept probes and a block or two, not a block a probe', () => {
    const wordnet = new WordNet();
    for (const word of spread(3000, 5)) wordnet.senses(word);
    const before = wordnet.indexFiles()['index.noun']!.reads;
    const words = spread(300, 11);
    for (const word of words) wordnet.senses(word);
    // A binary search over index.noun (~585 blocks) probes ~10 blocks; the kept probes answer all but the last one or two.
    expect((wordnet.indexFiles()['index.noun']!.reads - before) / words.length).toBeLessThan(2);
  });

  it('gives the same senses from recycled blocks as a fresh lookup', () => {
    const flooded = new WordNet();
    for (const word of spread(5000, 3)) flooded.senses(word);
    for (const word of spread(300, 11)) expect(flooded.senses(word), word).toEqual(new WordNet().senses(word));
  });
});
