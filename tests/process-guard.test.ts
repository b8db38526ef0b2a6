/** A real Node process with the guard installed outlives errors nobody caught, and logs them. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { packageRoot } from '../src/paths.js';

const GUARD = pathToFileURL(join(packageRoot(), 'dist', 'src', 'process-guard.js')).href;
const LOG = pathToFileURL(join(packageRoot(), 'dist', 'src', 'log.js')).href;

/** Runs a module in a fresh process; resolves with its exit code and what it wrote. */
function run(source: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', source], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const misbehave = `
  Promise.reject(new TypeError("Cannot read properties of null (reading 'ssl_check')"));
  setTimeout(() => { throw new Error('thrown from a callback'); }, 10);
  setTimeout(() => { process.stdout.write('still serving'); process.exit(0); }, 100);
`;

test('an unhandled rejection and an uncaught exception are logged at error, and the process lives on', async () => {
  const { code, stdout, stderr } = await run(`
    import { installProcessGuard } from '${GUARD}';
    import { createLogger } from '${LOG}';
    installProcessGuard(createLogger('info'));
    ${misbehave}`);
  expect(stdout).toBe('still serving');
  expect(code).toBe(0);
  const lines = stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { level: number; msg: string; err?: { message: string } });
  expect(lines.map((l) => [l.level, l.err?.message, l.msg])).toEqual([
    [50, "Cannot read properties of null (reading 'ssl_check')", 'unhandled promise rejection; the bot keeps serving'],
    [50, 'thrown from a callback', 'uncaught exception; the bot keeps serving'],
  ]);
});

test('without the guard the same errors end the process (what the guard is for)', async () => {
  const { code, stdout } = await run(misbehave);
  expect(stdout).toBe('');
  expect(code).not.toBe(0);
});
