/**
 * Keeps one bad request from ending the process for everyone: errors nobody caught (a rejected promise
 * or an exception thrown from a callback) are logged at error with the context of the request that
 * caused them (when it ran inside `withRequestContext`), and the bot keeps serving. The context costs
 * an AsyncLocalStorage hook on every promise in the process once used, so the Slack endpoint, which
 * catches its requests' errors itself, does without it (docs/slack.md).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from './log.js';

/** What identifies a request in a log line: platform, kind, id. Never a user's text. */
export type RequestContext = Record<string, string | number | boolean | undefined>;

const requestContext = new AsyncLocalStorage<RequestContext>();

/** Runs `work` with `context` attached, so an error escaping it is logged with that context. */
export function withRequestContext<T>(context: RequestContext, work: () => T): T {
  return requestContext.run(context, work);
}

let installed: { logger: Logger; remove: () => void } | undefined;

/**
 * Logs uncaught errors and unhandled rejections instead of letting Node exit. Installing again
 * replaces the logger. Returns a function that removes the handlers (for tests).
 */
export function installProcessGuard(logger: Logger): () => void {
  installed?.remove();
  const onRejection = (reason: unknown) => {
    logger.error({ err: reason, request: requestContext.getStore() }, 'unhandled promise rejection; the bot keeps serving');
  };
  const onException = (err: Error, origin: string) => {
    logger.error({ err, origin, request: requestContext.getStore() }, 'uncaught exception; the bot keeps serving');
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
