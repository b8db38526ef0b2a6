import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, describeInstant, instantOf, localDate, nextDate, parseTimeOfDay } from '../../src/daily/local-time.js';

const nine = { hour: 9, minute: 0 };
const iso = (t: number): string => new Date(t).toISOString();

describe('local time', () => {
  it('finds 09:00 in Paris an hour earlier in UTC once summer time starts', () => {
    expect(iso(instantOf('2026-03-28', nine, 'Europe/Paris'))).toBe('2026-03-28T08:00:00.000Z');
    expect(iso(instantOf('2026-03-29', nine, 'Europe/Paris'))).toBe('2026-03-29T07:00:00.000Z');
    expect(iso(instantOf('2026-10-25', nine, 'Europe/Paris'))).toBe('2026-10-25T08:00:00.000Z');
  });

  it('moves a time skipped by the spring-forward change to just after the gap', () => {
    // New York jumps from 02:00 to 03:00 on 2026-03-08: 02:30 does not exist, 03:30 EDT is 07:30 UTC.
    expect(iso(instantOf('2026-03-08', { hour: 2, minute: 30 }, 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the first of the two 01:30s when clocks fall back', () => {
    // 01:30 EDT (05:30 UTC) comes before 01:30 EST (06:30 UTC) on 2026-11-01.
    expect(iso(instantOf('2026-11-01', { hour: 1, minute: 30 }, 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('tells the local date on either side of midnight in a zone far from UTC', () => {
    const t = Date.parse('2026-06-30T12:30:00Z'); // 00:30 on July 1 in Auckland (UTC+12)
    expect(localDate(t, 'Pacific/Auckland')).toBe('2026-07-01');
    expect(localDate(t, 'America/Los_Angeles')).toBe('2026-06-30');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
    expect(describeInstant(t, 'Pacific/Auckland')).toBe('2026-07-01 00:30 Pacific/Auckland');
  });

  it('accepts H:MM and HH:MM on a 24-hour clock only', () => {
    expect(parseTimeOfDay('9:05')).toEqual({ hour: 9, minute: 5 });
    expect(parseTimeOfDay('23:59')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['24:00', '9', '09:60', '9am', '', '09:00:00']) expect(parseTimeOfDay(bad)).toBeUndefined();
  });

  it('knows IANA zones in any case and refuses offsets and made-up names', () => {
    expect(canonicalTimeZone('europe/paris')).toBe('Europe/Paris');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeUndefined();
    expect(canonicalTimeZone('+02:00')).toBeUndefined();
  });
});
