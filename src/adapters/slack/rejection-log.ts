/**
 * Logs refused Slack requests without letting a flood of them flood the log: the first few of each
 * minute are logged one by one, the rest only counted, and the count is logged once the minute is over.
 */
import type { Logger } from '../../log.js';

export interface RejectionLogOptions {
  /** Lines logged one by one per window before counting starts. Default 3. */
  perWindow?: number;
  /** Default one minute. */
  windowMs?: number;
  now?: () => number;
}

export class RejectionLog {
  private readonly perWindow: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private windowStart = -Infinity;
  private logged = 0;
  private suppressed = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: Logger,
    options: RejectionLogOptions = {},
  ) {
    this.perWindow = options.perWindow ?? 3;
    this.windowMs = options.windowMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Records one refused request; `context` holds only bounded values (a reason, a retry number). */
  rejected(reason: string, context: Record<string, unknown> = {}): void {
    const t = this.now();
    if (t - this.windowStart >= this.windowMs) {
      this.flush();
      this.windowStart = t;
      this.logged = 0;
    }
    if (this.logged < this.perWindow) {
      this.logged += 1;
      this.logger.warn({ reason, ...context }, 'rejected a Slack request');
      return;
    }
    this.suppressed.set(reason, (this.suppressed.get(reason) ?? 0) + 1);
    // The count is written when the window ends even if the flood stops; unref'd so it never holds the process open.
    this.timer ??= setTimeout(() => this.flush(), Math.max(this.windowStart + this.windowMs - t, 0)).unref();
  }

  /** Logs the count of requests refused without a line of their own (at the next window, or at stop). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.suppressed.size === 0) return;
    const byReason = Object.fromEntries(this.suppressed);
    const count = [...this.suppressed.values()].reduce((a, b) => a + b, 0);
    this.suppressed = new Map();
    this.logger.warn({ count, byReason }, 'rejected more Slack requests (counted, not logged one by one)');
  }
}
