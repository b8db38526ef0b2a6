/**
 * Feedback rows as both backends return them (same column names), turned into the store's records.
 * PostgreSQL returns BIGINT as strings and BOOLEAN as booleans; SQLite returns integers for both.
 */
import type { Platform } from '../daily/contract.js';
import type { FeedbackRows, ShownAnswer, ShownPassage, StoredVote, Vote } from './store.js';

type Integer = number | string;

export interface AnswerRow {
  id: string;
  shown_at: Integer;
  day: string;
  platform: Platform;
  kind: 'search' | 'section';
  report_id: string;
  covered: number | boolean;
  query: string | null;
}

export interface PassageRow {
  answer_id: string;
  report_id: string;
  paragraph_id: string;
  section_id: string;
  citation: string;
}

export interface VoteRow {
  answer_id: string;
  vote: Vote;
  comment: string | null;
  voted_at: Integer;
  day: string;
}

/** Answers (oldest first) with their passages (in the order shown), and the votes on them. */
export function toFeedbackRows(answers: readonly AnswerRow[], passages: readonly PassageRow[], votes: readonly VoteRow[]): FeedbackRows {
  const byAnswer = new Map<string, ShownPassage[]>();
  for (const p of passages) {
    const list = byAnswer.get(p.answer_id) ?? [];
    list.push({ reportId: p.report_id, paragraphId: p.paragraph_id, sectionId: p.section_id, citation: p.citation });
    byAnswer.set(p.answer_id, list);
  }
  return {
    answers: answers.map((a): ShownAnswer => ({
      id: a.id,
      shownAt: Number(a.shown_at),
      day: a.day,
      platform: a.platform,
      kind: a.kind,
      reportId: a.report_id,
      covered: Boolean(a.covered),
      ...(a.query !== null ? { query: a.query } : {}),
      passages: byAnswer.get(a.id) ?? [],
    })),
    votes: votes.map((v): StoredVote => ({
      answerId: v.answer_id,
      vote: v.vote,
      ...(v.comment !== null ? { comment: v.comment } : {}),
      votedAt: Number(v.voted_at),
      day: v.day,
    })),
  };
}

/** What a vote did, from the vote before it (if any) and whether the answer exists. */
export function voteOutcome(known: boolean, previous: Vote | undefined, vote: Vote): 'new' | 'changed' | 'same' | 'unknown-answer' {
  if (!known) return 'unknown-answer';
  if (previous === undefined) return 'new';
  return previous === vote ? 'same' : 'changed';
}
