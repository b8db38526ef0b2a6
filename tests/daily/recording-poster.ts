/** A `FactPoster` that records what it was asked to post and can be told to refuse, fail or hang. */
import type { FactAnswer } from '../../src/answers.js';
import { PostError, type FactPoster, type Platform } from '../../src/daily/contract.js';
import type { Clock } from '../../src/daily/clock.js';

export interface RecordedPost {
  channelId: string;
  answer: FactAnswer;
  at: number;
}

/** What the next call does instead of posting. `hang` never settles, like a process killed mid-request. */
export type Outcome = PostError | Error | 'hang';

export class RecordingPoster implements FactPoster {
  readonly posts: RecordedPost[] = [];
  /** Every call, including refused ones, with the time it was made. */
  readonly calls: Array<{ channelId: string; at: number }> = [];
  private readonly outcomes: Outcome[] = [];

  constructor(
    readonly platform: Platform,
    private readonly clock: Clock,
  ) {}

  /** The next calls fail in these ways, in order; later calls post. */
  failNext(...outcomes: Outcome[]): void {
    this.outcomes.push(...outcomes);
  }

  async post(channelId: string, answer: FactAnswer): Promise<void> {
    this.calls.push({ channelId, at: this.clock.now() });
    const outcome = this.outcomes.shift();
    if (outcome === 'hang') return new Promise<void>(() => {});
    if (outcome) throw outcome;
    this.posts.push({ channelId, answer, at: this.clock.now() });
  }

  /** Posts to one channel, as `[local date, fact id]`. */
  postsTo(channelId: string): Array<[string | undefined, string]> {
    return this.posts.filter((p) => p.channelId === channelId).map((p) => [p.answer.date, p.answer.fact.id]);
  }
}

export const rateLimited = (retryAfterMs?: number): PostError => new PostError('429 Too Many Requests', true, retryAfterMs);
export const serverError = (): PostError => new PostError('503 Service Unavailable', true);
export const channelGone = (): PostError => new PostError('404 Unknown Channel', false);
