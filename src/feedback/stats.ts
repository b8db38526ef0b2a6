/**
 * Usage figures a maintainer can act on, from what the store keeps: answers per day and platform, the
 * "not covered" rate, 👍/👎, the passages most voted down, the sections most read, daily-fact channels
 * and posts, and the 👎 comments. Pure: `collectStats` reads the store, `computeStats` does the sums.
 */
import type { ChannelRef, Platform } from '../daily/contract.js';
import type { DailyStore, PostState, SubscriptionStatus } from '../daily/store.js';
import { utcDay, type FeedbackRows, type ShownAnswer } from './store.js';

const PLATFORMS: readonly Platform[] = ['discord', 'slack'];
/** Rows in each "top" list. */
const TOP = 10;
/** Newest comments listed. */
const MAX_COMMENTS = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DayCount {
  day: string;
  discord: number;
  slack: number;
}

export interface PassageVotes {
  reportId: string;
  paragraphId: string;
  citation: string;
  down: number;
  up: number;
}

export interface SectionReads {
  reportId: string;
  sectionId: string;
  /** The section as readers saw it named, e.g. `§1.c Torture… › Prison and Detention Center Conditions`. */
  label: string;
  /** Answers that showed it (a search showing two of its paragraphs counts once). */
  reads: number;
}

export interface DailyChannelUsage {
  platform: Platform;
  channelId: string;
  status: SubscriptionStatus;
  time: string;
  timeZone: string;
  /** Posts in the period by state. */
  posts: Partial<Record<PostState, number>>;
}

export interface FeedbackComment {
  day: string;
  text: string;
  reportId: string;
  /** Citations of the passages the answer showed. */
  citations: string[];
}

export interface FeedbackStats {
  /** First and last day covered (UTC), inclusive. */
  since: string;
  until: string;
  answers: { total: number; byPlatform: Record<Platform, number>; byDay: DayCount[] };
  searches: { total: number; notCovered: number; /** null when there were no searches. */ notCoveredRate: number | null };
  votes: { up: number; down: number; /** Share of 👍 among votes; null without votes. */ upRate: number | null; byDay: Array<{ day: string; up: number; down: number }> };
  downvotedPassages: PassageVotes[];
  sectionsRead: SectionReads[];
  daily: { channels: DailyChannelUsage[]; posts: Partial<Record<PostState, number>> };
  comments: FeedbackComment[];
  /** Only with `LOG_QUERIES=true`: the queries kept, most asked first. */
  queries?: Array<{ query: string; count: number; notCovered: number }>;
}

export interface DailyPosts {
  channel: ChannelRef;
  status: SubscriptionStatus;
  time: string;
  timeZone: string;
  /** States of the channel's posts in the period. */
  states: PostState[];
}

/** Reads what the stats need from the store, from `since` (`YYYY-MM-DD`) to `now`. */
export async function collectStats(store: DailyStore, since: string, now: number): Promise<FeedbackStats> {
  const rows = await store.feedbackSince(since);
  const daily: DailyPosts[] = [];
  for (const sub of await store.subscriptions()) {
    const posts = (await store.posts(sub.channel)).filter((p) => p.localDate >= since);
    daily.push({ channel: sub.channel, status: sub.status, time: sub.time, timeZone: sub.timeZone, states: posts.map((p) => p.state) });
  }
  return computeStats(rows, daily, since, utcDay(now));
}

export function computeStats(rows: FeedbackRows, daily: readonly DailyPosts[], since: string, until: string): FeedbackStats {
  const answersById = new Map(rows.answers.map((a) => [a.id, a]));
  const byDay = new Map(daysBetween(since, until).map((day) => [day, { day, discord: 0, slack: 0 }]));
  const byPlatform = { discord: 0, slack: 0 };
  for (const a of rows.answers) {
    byPlatform[a.platform]++;
    const entry = byDay.get(a.day) ?? { day: a.day, discord: 0, slack: 0 };
    entry[a.platform]++;
    byDay.set(a.day, entry);
  }
  const searches = rows.answers.filter((a) => a.kind === 'search');
  const notCovered = searches.filter((a) => !a.covered).length;

  const votesByDay = new Map([...byDay.keys()].map((day) => [day, { day, up: 0, down: 0 }]));
  const passages = new Map<string, PassageVotes>();
  let up = 0;
  let down = 0;
  for (const v of rows.votes) {
    if (v.vote === 'up') up++;
    else down++;
    const entry = votesByDay.get(v.day) ?? { day: v.day, up: 0, down: 0 };
    entry[v.vote]++;
    votesByDay.set(v.day, entry);
    for (const p of answersById.get(v.answerId)?.passages ?? []) {
      if (!p.paragraphId) continue;
      const key = `${p.reportId}\n${p.paragraphId}`;
      const tally = passages.get(key) ?? { reportId: p.reportId, paragraphId: p.paragraphId, citation: p.citation, down: 0, up: 0 };
      tally[v.vote]++;
      passages.set(key, tally);
    }
  }

  const comments = rows.votes
    .filter((v) => v.comment !== undefined)
    .sort((a, b) => b.votedAt - a.votedAt)
    .slice(0, MAX_COMMENTS)
    .map((v): FeedbackComment => {
      const answer = answersById.get(v.answerId);
      return { day: v.day, text: v.comment!, reportId: answer?.reportId ?? '', citations: answer?.passages.map((p) => p.citation) ?? [] };
    });

  const postTotals: Partial<Record<PostState, number>> = {};
  const channels = daily.map((d): DailyChannelUsage => {
    const posts: Partial<Record<PostState, number>> = {};
    for (const s of d.states) {
      posts[s] = (posts[s] ?? 0) + 1;
      postTotals[s] = (postTotals[s] ?? 0) + 1;
    }
    return { platform: d.channel.platform, channelId: d.channel.channelId, status: d.status, time: d.time, timeZone: d.timeZone, posts };
  });

  const queries = loggedQueries(rows.answers);
  return {
    since,
    until,
    answers: { total: rows.answers.length, byPlatform, byDay: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)) },
    searches: { total: searches.length, notCovered, notCoveredRate: searches.length ? notCovered / searches.length : null },
    votes: { up, down, upRate: up + down ? up / (up + down) : null, byDay: [...votesByDay.values()].sort((a, b) => a.day.localeCompare(b.day)) },
    downvotedPassages: [...passages.values()].filter((p) => p.down > 0).sort((a, b) => b.down - a.down || a.up - b.up || a.citation.localeCompare(b.citation)).slice(0, TOP),
    sectionsRead: sectionsRead(rows.answers),
    daily: { channels, posts: postTotals },
    comments,
    ...(queries.length ? { queries } : {}),
  };
}

/** Each answer counts once for every section it showed. */
function sectionsRead(answers: readonly ShownAnswer[]): SectionReads[] {
  const reads = new Map<string, SectionReads>();
  for (const a of answers) {
    const seen = new Set<string>();
    for (const p of a.passages) {
      const key = `${p.reportId}\n${p.sectionId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = reads.get(key) ?? { reportId: p.reportId, sectionId: p.sectionId, label: sectionLabel(p.citation), reads: 0 };
      entry.reads++;
      reads.set(key, entry);
    }
  }
  return [...reads.values()].sort((a, b) => b.reads - a.reads || a.label.localeCompare(b.label)).slice(0, TOP);
}

/** A paragraph's citation names its section, then ` ¶N`. */
function sectionLabel(citation: string): string {
  return citation.replace(/\s*¶\s*\d+$/, '');
}

function loggedQueries(answers: readonly ShownAnswer[]): Array<{ query: string; count: number; notCovered: number }> {
  const counts = new Map<string, { query: string; count: number; notCovered: number }>();
  for (const a of answers) {
    if (a.kind !== 'search' || a.query === undefined) continue;
    const key = a.query.toLowerCase();
    const entry = counts.get(key) ?? { query: a.query, count: 0, notCovered: 0 };
    entry.count++;
    if (!a.covered) entry.notCovered++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.notCovered - a.notCovered || b.count - a.count).slice(0, 50);
}

/** Every day from `since` to `until` inclusive (at most ten years of them). */
export function daysBetween(since: string, until: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${since}T00:00:00Z`), end = Date.parse(`${until}T00:00:00Z`); t <= end && days.length < 3660; t += DAY_MS) days.push(utcDay(t));
  return days;
}

export { PLATFORMS };
