import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArguments } from '../../../src/adapters/cli/arguments.js';

const OPTIONS = { json: { type: 'boolean' }, since: { type: 'string' }, html: { type: 'string' }, report: { type: 'string' }, limit: { type: 'string' }, page: { type: 'string' }, date: { type: 'string' }, review: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

describe('hr arguments', () => {
  it('reads arguments without options exactly as parseArgs does', () => {
    const word = fc.oneof(fc.string(), fc.constantFrom('search', 'torture', 'section', '2a', '', ' ', 'a-b', '—limit', '\u2212h', '=', '--'.slice(1) + 'x'));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (argv) => {
        // Only what the fast path answers: an argument starting with "-" goes to parseArgs anyway.
        fc.pre(!argv.some((a) => a.startsWith('-')));
        expect(readArguments(argv)).toEqual(parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads options with parseArgs, and refuses an unknown one with its message', () => {
    expect(readArguments(['search', '--limit', '3', 'torture', '-h'])).toEqual({ values: { limit: '3', help: true }, positionals: ['search', 'torture'] });
    expect(readArguments(['search', '-', 'x'])).toEqual({ values: {}, positionals: ['search', '-', 'x'] });
    expect(() => readArguments(['search', '--nope'])).toThrow(/--nope/);
  });
});
