/**
 * Feedback on answers, platform-neutral: which answers were shown (and what they showed), 👍/👎 votes
 * on them, and the 👎 form's text. Adapters call it; it keeps no user id and, unless the operator set
 * `LOG_QUERIES=true`, no query (see docs/feedback.md).
 */
import { randomBytes } from 'node:crypto';
import type { Answer } from '../answers.js';
import type { Platform } from '../daily/contract.js';
import type { Logger } from '../log.js';
import { cleanComment } from './comment.js';
import { utcDay, type FeedbackStore, type ShownAnswer, type Vote, type VoteOutcome } from './store.js';
import { voterKey } from './voter-key.js';

/** Longest query kept with `LOG_QUERIES=true`. */
const MAX_LOGGED_QUERY = 300;

export interface FeedbackOptions {
  /** `LOG_QUERIES=true`: keep each search's query with its answer. Default false. */
  logQueries?: boolean;
  /** `FEEDBACK_SECRET`; without it, a random secret is made once and kept in the store. */
  secret?: string;
  now?: () => number;
  /** Told of every vote recorded or changed (the `/metrics` counter). */
  onVote?: (platform: Platform, vote: Vote) => void;
}

export class FeedbackService {
  private readonly now: () => number;

  private constructor(
    private readonly store: FeedbackStore,
    private readonly secret: string,
    private readonly options: FeedbackOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Feedback over `store`, with the configured secret or the store's own. */
  static async open(store: FeedbackStore, options: FeedbackOptions = {}): Promise<FeedbackService> {
    const secret = options.secret ?? (await store.installSecret(randomBytes(32).toString('base64url')));
    return new FeedbackService(store, secret, options);
  }

  /**
   * What will be recorded about an answer about to be shown, with the id its feedback buttons carry;
   * undefined for answers that are not recorded (errors, help, small talk, facts, lists).
   */
  shown(answer: Answer, platform: Platform): ShownAnswer | undefined {
    const shownAt = this.now();
    const base = { id: randomBytes(9).toString('base64url'), shownAt, day: utcDay(shownAt), platform };
    if (answer.kind === 'search' && !answer.smallTalk) {
      return {
        ...base,
        kind: 'search',
        reportId: answer.report.id,
        covered: answer.covered,
        ...(this.options.logQueries ? { query: Array.from(answer.query).slice(0, MAX_LOGGED_QUERY).join('') } : {}),
        passages: answer.hits.map((h) => ({ reportId: h.reportId, paragraphId: h.paragraphId, sectionId: h.sectionId, citation: h.citation })),
      };
    }
    if (answer.kind === 'section') {
      return {
        ...base,
        kind: 'section',
        reportId: answer.report.id,
        covered: true,
        passages: [{ reportId: answer.report.id, paragraphId: '', sectionId: answer.id, citation: answer.label }],
      };
    }
    return undefined;
  }

  /** Whether an answer shown gets 👍/👎 buttons: search answers do. */
  static asksForVotes(shown: ShownAnswer | undefined): shown is ShownAnswer {
    return shown?.kind === 'search';
  }

  /** Stores an answer shown (call it once the answer is sent: it never delays the reply). */
  record(shown: ShownAnswer): Promise<void> {
    return this.store.recordAnswer(shown);
  }

  /** Records a user's vote on an answer; a second vote by them replaces the first. */
  async vote(answerId: string, platform: Platform, userId: string, vote: Vote): Promise<VoteOutcome> {
    const outcome = await this.store.castVote(answerId, voterKey(this.secret, platform, userId, answerId), vote, this.now());
    if (outcome === 'new' || outcome === 'changed') this.options.onVote?.(platform, vote);
    return outcome;
  }

  /** Keeps what the user typed into the 👎 form (cleaned and bounded); false when there was nothing to keep. */
  async comment(answerId: string, platform: Platform, userId: string, text: unknown): Promise<boolean> {
    const comment = cleanComment(text);
    if (!comment) return false;
    return this.store.addComment(answerId, voterKey(this.secret, platform, userId, answerId), comment);
  }
}

/** An answer being shown, for an adapter: the id its 👍/👎 carry (when it gets them), and how to record it once sent. */
export interface AnswerBeingShown {
  /** Set when the answer gets vote buttons (a search). */
  voteId?: string;
  /** Stores the answer shown; a failure is logged, never thrown (the user already has the answer). */
  recorded(): Promise<void>;
}

/** What an adapter calls before sending an answer; with no feedback (off), nothing is recorded or added. */
export function showingAnswer(feedback: FeedbackService | undefined, answer: Answer, platform: Platform, logger: Logger): AnswerBeingShown {
  const shown = feedback?.shown(answer, platform);
  return {
    ...(FeedbackService.asksForVotes(shown) ? { voteId: shown.id } : {}),
    async recorded() {
      if (!shown || !feedback) return;
      await feedback.record(shown).catch((err: unknown) => logger.warn({ err, answerId: shown.id }, 'feedback: could not record an answer shown'));
    },
  };
}
