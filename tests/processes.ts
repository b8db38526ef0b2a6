/** Bots started by a test as real child processes (`npm start`'s dist/src/main.js), killed after each test even when it fails half-way. */
import { afterEach } from 'vitest';
import { type BotProcess, MAIN, spawnBot } from './bot-process.js';

export { cleanEnv, freePort, until } from './bot-process.js';

export interface StartedBot {
  child: BotProcess;
  /** Everything it logged so far. */
  logs(): string;
  exited: Promise<number | null>;
}

const children: BotProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Starts the bot with `env`; it is killed after the test. */
export function startBotProcess(env: NodeJS.ProcessEnv): StartedBot {
  const child = spawnBot(process.execPath, [MAIN], env);
  children.push(child);
  return { child, logs: child.logs, exited: child.exited };
}
