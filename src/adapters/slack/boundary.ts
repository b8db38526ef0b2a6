/** The adapter boundary: exceptions from a handler are logged with context and become a short apology. */
import type { Logger } from '../../log.js';
import { renderApology, type SlackMessage } from './render.js';

/**
 * Runs `work`; if it throws, logs the error under `err` with `context` (command, user…) and sends
 * the apology through `apologize`. A failing apology is logged too: nothing escapes to Bolt.
 */
export async function withApology(
  logger: Logger,
  context: Record<string, unknown>,
  work: () => Promise<void>,
  apologize: (message: SlackMessage) => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (err) {
    logger.error({ err, ...context }, 'Slack handler failed');
    try {
      await apologize(renderApology());
    } catch (apologyErr) {
      logger.error({ err: apologyErr, ...context }, 'could not send the apology either');
    }
  }
}

/** Promises still running, so `stop()` can let replies finish before disconnecting. */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  track<T>(promise: Promise<T>): Promise<T> {
    this.running.add(promise);
    void promise.finally(() => this.running.delete(promise)).catch(() => {});
    return promise;
  }

  /** Waits for everything in flight, at most `timeoutMs`. */
  async drain(timeoutMs = 10_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.allSettled([...this.running]), timeout]);
    clearTimeout(timer);
  }
}
