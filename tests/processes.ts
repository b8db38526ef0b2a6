/** Running `npm start` (dist/src/main.js) as real child processes in tests, killed after each test. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { packageRoot } from '../src/paths.js';

export const MAIN = join(packageRoot(), 'dist', 'src', 'main.js');

/** The test's environment without chat credentials, daily-fact channels or a database URL from outside. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK|DAILY)_|^DATABASE_URL$/.test(k)));
}

export interface BotProcess {
  child: ChildProcess & { stderr: NonNullable<ChildProcess['stderr']> };
  /** Everything it logged so far. */
  logs(): string;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Starts `npm start` with `env`; it is killed after the test even when the test fails half-way. */
export function startBotProcess(env: NodeJS.ProcessEnv): BotProcess {
  const child = spawn(process.execPath, [MAIN], { cwd: packageRoot(), env, stdio: ['ignore', 'pipe', 'pipe'] }) as BotProcess['child'];
  children.push(child);
  let logs = '';
  child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, logs: () => logs, exited };
}

/** Polls `probe` until it holds (child-process output has no event to wait on). */
export async function until(probe: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A port free on 127.0.0.1 right now, for a bot's Slack endpoint. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
