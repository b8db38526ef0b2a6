import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { botEnvironment, botNodeArguments } from '../../bench/runtime-flags.js';
import { packageRoot } from '../../src/paths.js';

const start = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;

describe('the bot as the bench starts it', () => {
  it("takes node's arguments from npm start, past the variables it sets", () => {
    expect(botNodeArguments().at(-1)).toBe('dist/src/main.js');
    expect(botNodeArguments().filter((arg) => /^[A-Z_]+=/.test(arg))).toEqual([]);
    expect(['node', ...botNodeArguments()].join(' ')).toBe(start.slice(start.indexOf('exec ') + 'exec '.length));
  });

  it('sets the variables npm start sets, by name', () => {
    const assigned = start.slice(0, start.indexOf('exec ')).trim().split(' ').filter(Boolean);
    expect(Object.entries(botEnvironment()).map(([name, value]) => `${name}=${value}`)).toEqual(assigned);
    expect(botEnvironment()).toHaveProperty('MALLOC_TRIM_THRESHOLD_', '131072');
  });
});
