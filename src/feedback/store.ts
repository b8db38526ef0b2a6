/**
 * What the shared store keeps about answers shown and the votes on them: the sibling of the daily-fact
 * store, implemented by the same backends (SQLite `daily/sqlite-store.ts`, PostgreSQL
 * `daily/postgres-store.ts`), so feedback lives wherever daily facts do.
 *
 * Nothing here names a person: a voter is a keyed hash that only de-duplicates one person's votes on
 * one answer (see `voter-key.ts`), and a query is kept only when the user typed it into the 👎 form or
 * the operator set `LOG_QUERIES=true`.
 */
import type { Platform } from '../daily/contract.js';

export type Vote = 'up' | 'down';

/** A passage an answer showed. */
export interface ShownPassage {
  reportId: string;
  /** Empty for a section read (the section as a whole was shown). */
  paragraphId: string;
  sectionId: string;
  /** The citation a reader saw, e.g. `§1.c Prison and Detention Center Conditions ¶2`, or a section's label. */
  citation: string;
}

/** One answer put in front of a user: a search result page or a section page. */
export interface ShownAnswer {
  /** Random id, carried by the answer's feedback buttons. */
  id: string;
  /** Milliseconds since the epoch. */
  shownAt: number;
  /** UTC day of `shownAt`, `YYYY-MM-DD`. */
  day: string;
  platform: Platform;
  kind: 'search' | 'section';
  /** The report of the answer (for a search across reports, the report of its best passage). */
  reportId: string;
  /** False when search said the report does not seem to cover the query. Always true for a section. */
  covered: boolean;
  /** The query, only with `LOG_QUERIES=true`. */
  query?: string;
  passages: ShownPassage[];
}

/** A vote as stored: never who cast it, only a key that is the same for one person on one answer. */
export interface StoredVote {
  answerId: string;
  vote: Vote;
  /** What the user typed into the 👎 form, if anything. */
  comment?: string;
  votedAt: number;
  day: string;
}

/** What `castVote` did: a first vote, a changed one, the same vote again, or nothing (the answer is unknown or pruned). */
export type VoteOutcome = 'new' | 'changed' | 'same' | 'unknown-answer';

/** Everything stored since a day, for `hr stats`. */
export interface FeedbackRows {
  answers: ShownAnswer[];
  votes: StoredVote[];
}

export interface FeedbackStore {
  /** Records an answer shown; a second record with the same id changes nothing. */
  recordAnswer(answer: ShownAnswer): Promise<void>;
  /**
   * Records `voter`'s vote on an answer; a second vote by the same voter replaces the first (a 👍 after
   * a 👎 drops the 👎's comment). Refused (`unknown-answer`) when the answer was never recorded or is pruned.
   */
  castVote(answerId: string, voter: string, vote: Vote, now: number): Promise<VoteOutcome>;
  /** Attaches the 👎 form's text to `voter`'s 👎 on the answer; false when there is no such 👎. */
  addComment(answerId: string, voter: string, comment: string): Promise<boolean>;
  /** Deletes answers shown and votes cast before `before` (ms); returns how many of each. */
  pruneFeedback(before: number): Promise<{ answers: number; votes: number }>;
  /** Answers shown and votes cast on or after `sinceDay` (`YYYY-MM-DD`), oldest first. */
  feedbackSince(sinceDay: string): Promise<FeedbackRows>;
  /**
   * The install's secret for voter keys: the stored one, or `candidate` stored now when there is none
   * (of several instances starting together, all get the same one).
   */
  installSecret(candidate: string): Promise<string>;
}

/** The UTC day of an instant, `YYYY-MM-DD`. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
