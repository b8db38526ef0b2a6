/** `hr`'s standard output: a file or a pipe is written directly, a terminal through process.stdout. */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { standardOutput } from '../../../src/adapters/cli/standard-output.js';

const scratch = mkdtempSync(join(tmpdir(), 'hr-output-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('standardOutput', () => {
  it('writes each printed text whole, with its newline, to a file, and says it is no terminal', () => {
    const file = join(scratch, 'out.txt');
    const fd = openSync(file, 'w');
    try {
      const output = standardOutput(fd);
      const long = `Ω ${'x'.repeat(200_000)} — end`;
      output.print('first line');
      output.print(long);
      expect(output).toMatchObject({ isTTY: false, columns: undefined });
      expect(readFileSync(file, 'utf8')).toBe(`first line\n${long}\n`);
    } finally {
      closeSync(fd);
    }
  });
});
