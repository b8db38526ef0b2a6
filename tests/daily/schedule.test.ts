import { describe, expect, it } from 'vitest';
import { nextPostTime, postDay } from '../../src/daily/schedule.js';
import type { PostRecord, Subscription } from '../../src/daily/store.js';

const channel = { platform: 'discord' as const, channelId: '1' };

/** Posts at 09:00 in Almaty (UTC+5, no daylight saving): 04:00 UTC. */
function subscription(activeFrom: string): Subscription {
  return { channel, time: '09:00', timeZone: 'Asia/Almaty', status: 'active', source: 'command', activeFrom: Date.parse(activeFrom) };
}

function todays(state: PostRecord['state']): PostRecord {
  return { channel, localDate: '2026-05-01', factId: 'f', state, owner: 'a', leaseUntil: 0, attempts: 0, nextAttemptAt: 0 };
}

function next(sub: Subscription, now: string, today?: PostRecord): string {
  return new Date(nextPostTime(sub, Date.parse(now), today)).toISOString();
}

describe('nextPostTime', () => {
  const sub = subscription('2026-04-01T00:00:00Z');

  it("is today's local time while today's post is still to come", () => {
    expect(next(sub, '2026-05-01T01:00:00Z')).toBe('2026-05-01T04:00:00.000Z');
    expect(postDay(sub, Date.parse('2026-04-30T20:00:00Z')).localDate).toBe('2026-05-01');
  });

  it("is now when today's post is overdue, and tomorrow once it is done or given up", () => {
    expect(next(sub, '2026-05-01T10:00:00Z')).toBe('2026-05-01T10:00:00.000Z');
    expect(next(sub, '2026-05-01T10:00:00Z', todays('claimed'))).toBe('2026-05-01T10:00:00.000Z');
    for (const state of ['sent', 'failed', 'missed', 'uncertain', 'sending'] as const) {
      expect(next(sub, '2026-05-01T10:00:00Z', todays(state))).toBe('2026-05-02T04:00:00.000Z');
    }
  });

  it("is tomorrow when the subscription began after today's post time", () => {
    const late = subscription('2026-05-01T06:00:00Z');
    expect(postDay(late, Date.parse('2026-05-01T07:00:00Z')).owed).toBe(false);
    expect(next(late, '2026-05-01T07:00:00Z')).toBe('2026-05-02T04:00:00.000Z');
  });
});
