import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';

// Quality round 126 (docs/search-quality.md): patterns recheck found polynomial of degree 3 or more, each run on the text that
// makes it try every split of a run. Run in a child with a deadline: a pattern that backtracks so holds the event loop, and
// the test's own timeout could not end it.
const dist = (path: string) => JSON.stringify(pathToFileURL(join(packageRoot(), 'dist', 'src', path)).href);

function runs(script: string): unknown {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: packageRoot(), encoding: 'utf8', timeout: 15_000 });
  expect(r.signal).toBeNull();
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('patterns that once tried every split of a run of letters or spaces', () => {
  it('reads a superlative question with a long run of letters ending in a symbol at once', () => {
    // The words after the superlative were repeats that could split one run of letters in four: quartic, a 480-letter run ~75 s.
    const query = 'what is the most ' + 'a'.repeat(480) + '#';
    expect(runs(`
      const { SUPERLATIVE_QUESTION } = await import(${dist('search/coverage.js')});
      console.log(JSON.stringify(SUPERLATIVE_QUESTION.exec(${JSON.stringify(query)})));
    `)).toBeNull();
  });

  it('reads a numbered section reference with a long run of spaces at once', () => {
    // Three repeats in a row could each take the spaces after the number: cubic, 1,000 spaces ~1.2 s, 3,000 ~30 s. The service
    // collapses white space before it, so this is the pattern alone.
    const ref = '1' + ' '.repeat(3000) + '!';
    expect(runs(`
      const { NUMBERED } = await import(${dist('search/section-refs.js')});
      console.log(JSON.stringify(NUMBERED.exec(${JSON.stringify(ref)})));
    `)).toBeNull();
  });

  it('reads a title line with long runs of tabs around a year and line breaks at once', () => {
    // The country's lazy `.*?` and the white space before the year could share a run every way: cubic, 1,600 tabs ~20 s. The
    // title line is one line of a report's file, so this is the pattern alone.
    const line = '\t'.repeat(3000) + '1921\n' + '\t'.repeat(3000) + '\n2093\n';
    expect(runs(`
      const { TITLE_LINE } = await import(${dist('report/sources.js')});
      console.log(JSON.stringify(TITLE_LINE.exec(${JSON.stringify(line)})?.[2]));
    `)).toBe('2093');
  });
  it('reads a letter\'s opening "dear" with a long run of tabs before a word at once', () => {
    // The name after "dear" and the white space before its punctuation could share a run of tabs: quadratic with a factor of
    // 40, 1,606 tabs ~1.15 s. `cleanQuery` collapses white space before it, so this is the function alone.
    const text = 'dear' + '\t'.repeat(8000) + 'x';
    expect(runs(`
      const { withoutCourtesy } = await import(${dist('search/courtesy.js')});
      console.log(JSON.stringify(withoutCourtesy(${JSON.stringify(text)}).length));
    `)).toBe(text.length);
  }, 20_000);
});

describe('the rewritten patterns read what they read before', () => {
  it.each([
    ['what is the most dangerous job in the country?', 'most'],
    ['which city is the largest', 'largest'],
    ['what are the biggest problems   ', 'biggest'],
    ['which jobs are the most dangerous for children in kazakhstan', 'most'],
  ])('superlative: “%s” asks about “%s”', async (q, asked) => {
    const { SUPERLATIVE_QUESTION } = await import('../../src/search/coverage.js');
    expect(SUPERLATIVE_QUESTION.exec(q)?.[1]).toBe(asked);
  });

  it('superlative: five words after the superlative are more than a question names', async () => {
    const { SUPERLATIVE_QUESTION } = await import('../../src/search/coverage.js');
    expect(SUPERLATIVE_QUESTION.exec('what is the most one two three four five')).toBeNull();
    expect(SUPERLATIVE_QUESTION.exec('what is the most one two three four')?.[1]).toBe('most');
  });

  it.each([
    ['2a', ['2', 'a']],
    ['2 . a', ['2', 'a']],
    ['1(c)', ['1', 'c']],
    ['1 ( c )', ['1', 'c']],
    ['7 -  c)', ['7', 'c']],
    ['6  ', ['6', undefined]],
    ['12', ['12', undefined]],
  ])('numbered reference: “%s”', async (ref, groups) => {
    const { NUMBERED } = await import('../../src/search/section-refs.js');
    expect(NUMBERED.exec(ref)?.slice(1)).toEqual(groups);
  });

  it.each([
    ['KAZAKHSTAN 2017 HUMAN RIGHTS REPORT', ['KAZAKHSTAN', '2017', 'HUMAN RIGHTS REPORT']],
    ['REPUBLIC OF ATLANTIS  2019\tHUMAN RIGHTS REPORT', ['REPUBLIC OF ATLANTIS', '2019', 'HUMAN RIGHTS REPORT']],
    ['COTE 1999 2001 REPORT', ['COTE', '1999', '2001 REPORT']],
  ])('title line: “%s”', async (line, groups) => {
    const { TITLE_LINE } = await import('../../src/report/sources.js');
    expect(TITLE_LINE.exec(line)?.slice(1)).toEqual(groups);
  });

  it.each(['123', '1 a) ', '1 abcd', '1 (', 'a1'])('numbered reference: “%s” is not one', async (ref) => {
    const { NUMBERED } = await import('../../src/search/section-refs.js');
    expect(NUMBERED.exec(ref)).toBeNull();
  });
});
