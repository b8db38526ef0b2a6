/** Bolt's logger interface over our pino child logger, so Bolt's own lines are JSON like ours. */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log.js';

export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'bolt' });
  const line = (msg: unknown[]): [Record<string, unknown>, string] => {
    const err = msg.find((m): m is Error => m instanceof Error);
    const text = msg.filter((m) => !(m instanceof Error)).map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
    return [err ? { err } : {}, text];
  };
  return {
    debug: (...msg: unknown[]) => log.debug(...line(msg)),
    // Bolt's info lines are start-up chatter; ours say the same at info already.
    info: (...msg: unknown[]) => log.debug(...line(msg)),
    warn: (...msg: unknown[]) => log.warn(...line(msg)),
    error: (...msg: unknown[]) => log.error(...line(msg)),
    setLevel: () => {},
    getLevel: () => LogLevel.DEBUG,
    setName: () => {},
  };
}
