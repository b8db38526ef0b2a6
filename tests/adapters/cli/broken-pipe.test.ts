import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hrNodeFlags } from '../../../bench/runtime-flags.js';
import { packageRoot } from '../../../src/paths.js';

const ROOT = packageRoot();
/** The installed `hr`, as it runs as a command (its shebang's flags). */
const BIN = join(ROOT, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { hr: string } }).bin.hr);
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK)_/.test(k)));

/**
 * Runs `hr` with `args` and its output read by a reader that goes away (`hr search … | head -1`): after the first chunk,
 * or at once when `readFirst` is false. Resolves with the exit code and what `hr` wrote on stderr.
 */
function runIntoClosedPipe(args: string[], input: string | undefined, readFirst: boolean): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...hrNodeFlags(BIN), BIN, ...args], { cwd: ROOT, env: { ...ENV, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    if (readFirst) child.stdout.once('data', () => child.stdout.destroy());
    else child.stdout.destroy();
    child.stdin.on('error', () => {}); // hr may stop reading once its reader is gone
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err }));
  });
}

describe('hr when whoever reads its output goes away (`hr … | head -1`)', () => {
  it('ends a one-shot search quietly, with no stack trace and status 0', async () => {
    const r = await runIntoClosedPipe(['search', 'torture in prisons'], undefined, false);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('stops answering stdin quietly once its reader has gone, with status 0', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `prison conditions ${i}`).join('\n');
    const r = await runIntoClosedPipe(['search', '--json'], `${lines}\n`, true);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});
