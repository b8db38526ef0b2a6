/** Starting the built bot as a child process, as `npm start` or a supervisor would, and watching it from outside. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';

export const MAIN = join(packageRoot(), 'dist', 'src', 'main.js');

/** The environment without chat credentials from the outside, a fresh daily-facts database, any free port. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK|DAILY)_|^(PORT|METRICS|DATABASE_URL)$/.test(k))),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'hr-bot-main-')),
    PORT: '0',
  };
}

export type BotProcess = ChildProcess & { stderr: NonNullable<ChildProcess['stderr']>; logs: () => string; exited: Promise<number | null> };

/** Spawns `command` (in the package root by default) with piped output; `logs()` is everything on stderr so far. */
export function spawnBot(command: string, args: string[], env: NodeJS.ProcessEnv, options: { detached?: boolean; cwd?: string } = {}): BotProcess {
  const child = spawn(command, args, { cwd: packageRoot(), env, stdio: ['ignore', 'pipe', 'pipe'], ...options }) as BotProcess;
  let logs = '';
  child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  child.logs = () => logs;
  child.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return child;
}

/** Polls `probe` until it holds (child-process output has no event to wait on). */
export async function until(probe: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether something accepts connections on the port (the bot still holds it). */
export async function portInUse(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(true));
    server.listen(port, () => server.close(() => resolve(false)));
  });
}

/** Whether a process with this id still exists (signal 0 only checks). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
