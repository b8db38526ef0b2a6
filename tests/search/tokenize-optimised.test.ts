import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/search/analysis.js';
import { packageRoot } from '../../src/paths.js';

// The ASCII tokenizer never reads past its text's end: a read there (charCodeAt's NaN) was a case V8's optimised
// code had not seen, and it threw that code away at the first text ending in a word (docs/search-speed.md, issue 13 round 49).
describe('tokenize at the end of a text', () => {
  it('reads a word, a possessive and a figure that end the text as it reads them inside it', () => {
    for (const [text, last] of [
      ['internet freedom', 'freedom'],
      ["the workers' rights of the workers'", 'workers'],
      ["the workers'", 'workers'],
      ["Kazakhstan's", "Kazakhstan's"],
      ['in 2017.', '2017'],
      ['costs 1,5', '1,5'],
      ['costs 1,', '1'],
      ['1.5', '1.5'],
    ] as const) {
      const tokens = tokenize(text);
      expect(tokens.at(-1)!.surface).toBe(last);
      expect(tokenize(`${text} x`).slice(0, -1)).toEqual(tokens);
    }
  });

  it("keeps its optimised code when a text ends in a word", () => {
    const analysis = pathToFileURL(join(packageRoot(), 'dist', 'src', 'search', 'analysis.js')).href;
    const script = `
      const { tokenize } = await import(${JSON.stringify(analysis)});
      const texts = ['Can people protest without permission?', 'How long can police hold a detainee?', "Is it a crime to insult the president's family?", 'Were 1,500 people held in 2017 or 2018?'];
      %PrepareFunctionForOptimization(tokenize);
      for (let i = 0; i < 30; i++) for (const t of texts) tokenize(t);
      %OptimizeFunctionOnNextCall(tokenize);
      tokenize(texts[0]);
      const before = %GetOptimizationStatus(tokenize);
      tokenize('internet freedom');
      tokenize("the workers'");
      tokenize('in 2017.');
      const after = %GetOptimizationStatus(tokenize);
      // V8's status bit 4: optimised code.
      console.log(JSON.stringify({ before: (before & 16) !== 0, after: (after & 16) !== 0 }));
    `;
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { cwd: packageRoot(), encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ before: true, after: true });
  });
});
