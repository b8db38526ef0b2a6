/**
 * The pino logger: JSON lines on stderr (pretty when stderr is a terminal), with every credential
 * redacted wherever it appears in a logged object.
 */
import { createRequire } from 'node:module';
import { pino, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';

export type { Logger };

/** Keys whose values never reach a log, at any depth we log. */
const SECRET_PATHS = [
  'token', 'botToken', 'appToken', 'signingSecret', 'authorization', 'password',
  '*.token', '*.botToken', '*.appToken', '*.signingSecret', '*.authorization', '*.password',
  'headers.authorization', 'req.headers.authorization', '*.headers.authorization',
  'DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET',
];

/**
 * Creates the root logger; adapters take `logger.child({ platform })`. Logs go to stderr so stdout
 * stays for answers (the console, `hr --json`). Pretty-printing is synchronous (no worker thread),
 * so a fatal line is written before the process exits.
 */
export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  const options = { level, redact: { paths: SECRET_PATHS, censor: '[redacted]' }, base: { app: 'hr-bot' } };
  if (destination) return pino(options, destination);
  if (process.stderr.isTTY) return pino(options, loadPretty()({ destination: 2, sync: true, colorize: true }));
  return pino(options, pino.destination({ dest: 2, sync: true }));
}

/**
 * pino-pretty, loaded only for a terminal: a bot under a supervisor or in a container logs JSON and would hold
 * its ~1 MB of modules for nothing (round 40 in docs/search-speed.md). Synchronous, as `createLogger` is.
 */
function loadPretty(): typeof PinoPretty {
  return createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
}
