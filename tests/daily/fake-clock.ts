/** A simulated clock for the scheduler: time moves only when a test says so, and timers fire in order. */
import type { Clock } from '../../src/daily/clock.js';

interface Timer {
  at: number;
  seq: number;
  callback: () => void | Promise<void>;
  cancelled: boolean;
}

export class FakeClock implements Clock {
  private readonly timers: Timer[] = [];
  private readonly work = new Set<Promise<unknown>>();
  private seq = 0;

  constructor(private time: number) {}

  now(): number {
    return this.time;
  }

  setTimer(callback: () => void | Promise<void>, delayMs: number): () => void {
    const timer: Timer = { at: this.time + Math.max(0, delayMs), seq: this.seq++, callback, cancelled: false };
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }

  /**
   * Work started outside a timer (a subscription change waking the scheduler): `advanceTo` waits for
   * it before moving time, since on a database server it is real I/O that plans the next timer.
   */
  track(promise: Promise<unknown>): void {
    this.work.add(promise);
    void promise.finally(() => this.work.delete(promise));
  }

  /** Timers not yet fired or cancelled. */
  get pending(): number {
    return this.timers.filter((t) => !t.cancelled).length;
  }

  /**
   * Moves to `target`, firing every timer due on the way in order and waiting for the work each one
   * starts. Timers due at the same instant fire together, as two processes waking at once would.
   */
  async advanceTo(target: number | string): Promise<void> {
    const end = typeof target === 'string' ? Date.parse(target) : target;
    for (;;) {
      // Work started outside a timer (a subscription change waking the scheduler) plans its timer a few ticks later.
      await new Promise((resolve) => setImmediate(resolve));
      await Promise.allSettled([...this.work]);
      const live = this.timers.filter((t) => !t.cancelled && t.at <= end).sort((a, b) => a.at - b.at || a.seq - b.seq);
      if (live.length === 0) break;
      const batch = live.filter((t) => t.at === live[0]!.at);
      for (const t of batch) t.cancelled = true;
      this.time = Math.max(this.time, batch[0]!.at);
      await Promise.all(batch.map((t) => t.callback()));
    }
    this.time = Math.max(this.time, end);
  }

  advance(ms: number): Promise<void> {
    return this.advanceTo(this.time + ms);
  }
}
