import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/paths.js';

// V8 keeps every loaded module's source text for as long as the process runs; the bot's comments live in the .ts
// files, not in the compiled modules it loads (tsconfig.build.json's removeComments; issue 13 round 58).
describe('the compiled code the bot loads', () => {
  it('holds no comments', () => {
    const dir = join(packageRoot(), 'dist', 'src');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(30);
    const commented = files.filter((f) => /^\s*(\/\/|\/\*)/m.test(readFileSync(join(dir, f), 'utf8')));
    expect(commented).toEqual([]);
  });
});
