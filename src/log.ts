/** The pino logger: JSON lines, with every credential redacted wherever it appears in an object. */
import { pino, type Logger } from 'pino';

export type { Logger };

/** Keys whose values never reach a log, at any depth we log. */
const SECRET_PATHS = [
  'token', 'botToken', 'appToken', 'signingSecret', 'authorization', 'password',
  '*.token', '*.botToken', '*.appToken', '*.signingSecret', '*.authorization', '*.password',
  'headers.authorization', 'req.headers.authorization', '*.headers.authorization',
  'DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET',
];

/** Creates the root logger; adapters take `logger.child({ platform })`. Writes to stderr so stdout stays for answers. */
export function createLogger(level: string = 'info', destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino({ level, redact: { paths: SECRET_PATHS, censor: '[redacted]' }, base: { app: 'hr-bot' } }, destination);
}
