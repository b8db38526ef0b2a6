import { describe, expect, it } from 'vitest';
import { nextPostTime, postDay } from '../../src/daily/schedule.js';
import type { PostRecord, Subscription } from '../../src/daily/store.js';

const channel = { platform: 'discord' as const, channelId: '1' };
const sub = (activeFrom: string): Subscription => ({
  channel, time: '09:00', timeZone: 'Asia/Almaty', status: 'active', source: 'command', activeFrom: Date.parse(activeFrom),
});
const today = (state: PostRecord['state']): PostRecord => ({
  channel, localDate: '2026-05-01', factId: 'f', state, owner: 'a', leaseUntil: 0, attempts: 0, nextAttemptAt: 0,
});
const at = (iso: string): string => new Date(nextPostTimeAt(iso)).toISOString();
let record: PostRecord | undefined;
let subscription: Subscription;
function nextPostTimeAt(iso: string): number {
  return nextPostTime(subscription, Date.parse(iso), record);
}

describe('nextPostTime', () => {
  it("is today's local time while today's post is still to come", () => {
    subscription = sub('2026-04-01T00:00:00Z');
    record = undefined;
    // Almaty is UTC+5: 09:00 there is 04:00 UTC.
    expect(at('2026-05-01T01:00:00Z')).toBe('2026-05-01T04:00:00.000Z');
    expect(postDay(subscription, Date.parse('2026-04-30T20:00:00Z')).localDate).toBe('2026-05-01');
  });

  it("is now when today's post is overdue, and tomorrow once it is done or given up", () => {
    subscription = sub('2026-04-01T00:00:00Z');
    record = undefined;
    expect(at('2026-05-01T10:00:00Z')).toBe('2026-05-01T10:00:00.000Z');
    record = today('claimed');
    expect(at('2026-05-01T10:00:00Z')).toBe('2026-05-01T10:00:00.000Z');
    for (const state of ['sent', 'failed', 'missed', 'uncertain', 'sending'] as const) {
      record = today(state);
      expect(at('2026-05-01T10:00:00Z')).toBe('2026-05-02T04:00:00.000Z');
    }
  });

  it("is tomorrow when the subscription began after today's post time", () => {
    subscription = sub('2026-05-01T06:00:00Z');
    record = undefined;
    expect(postDay(subscription, Date.parse('2026-05-01T07:00:00Z')).owed).toBe(false);
    expect(at('2026-05-01T07:00:00Z')).toBe('2026-05-02T04:00:00.000Z');
  });
});
