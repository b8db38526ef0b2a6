/** The time source and timer the scheduler runs on: the system's in production, a simulated one in tests. */

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /**
   * Calls `callback` after `delayMs`; returns a function that cancels it. A promise the callback
   * returns is the work the timer started: a simulated clock waits for it before moving on.
   */
  setTimer(callback: () => void | Promise<void>, delayMs: number): () => void;
}

// setTimeout takes at most a signed 32-bit delay; longer ones fire at once, so cap and let the caller re-check.
const MAX_TIMER_MS = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(callback, delayMs) {
    const handle = setTimeout(() => void callback(), Math.min(Math.max(0, delayMs), MAX_TIMER_MS));
    return () => clearTimeout(handle);
  },
};
