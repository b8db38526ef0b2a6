/**
 * Keeps one bad request from ending the process for everyone: errors nobody caught (a rejected promise
 * or an exception thrown from a callback) are logged at error, and the bot keeps serving. They carry no
 * request context: an AsyncLocalStorage context hooks every promise in the process once used, which cost
 * the Slack endpoint about a tenth of its throughput, and each adapter catches and logs its own
 * requests' errors with their context (docs/slack.md).
 */
import type { Logger } from './log.js';

let installed: { logger: Logger; remove: () => void } | undefined;

/**
 * Logs uncaught errors and unhandled rejections instead of letting Node exit. Installing again
 * replaces the logger. Returns a function that removes the handlers (for tests).
 */
export function installProcessGuard(logger: Logger): () => void {
  installed?.remove();
  const onRejection = (reason: unknown) => {
    logger.error({ err: reason }, 'unhandled promise rejection; the bot keeps serving');
  };
  const onException = (err: Error, origin: string) => {
    logger.error({ err, origin }, 'uncaught exception; the bot keeps serving');
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  const remove = () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
    installed = undefined;
  };
  installed = { logger, remove };
  return remove;
}
