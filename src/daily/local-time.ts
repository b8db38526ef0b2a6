/**
 * Wall-clock time in an IANA time zone, with Node's built-in ICU (`Intl`): which local day an instant
 * falls on, and which instant a local day's "HH:MM" is, daylight-saving changes included.
 */

/** A local time of day, minutes since midnight. */
export interface TimeOfDay {
  hour: number;
  minute: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Parses `H:MM` or `HH:MM` (24-hour clock); `undefined` when it is not a valid time. */
export function parseTimeOfDay(text: string): TimeOfDay | undefined {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : undefined;
}

/** `09:05` */
export function formatTimeOfDay(time: TimeOfDay): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** The canonical IANA name for `zone` (`europe/paris` → `Europe/Paris`), or `undefined` if ICU does not know it. */
export function canonicalTimeZone(zone: string): string | undefined {
  const trimmed = zone.trim();
  // Offsets like "+02:00" are valid for Intl but are not time zones: they have no daylight saving.
  if (!/^[A-Za-z]/.test(trimmed)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

// Creating a DateTimeFormat is slow; the scheduler asks the same few zones over and over.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock reading in `zone` at `instant`, as if it were UTC (milliseconds). */
function wallClock(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) + (instant % 1000 + 1000) % 1000;
}

/** The zone's offset from UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  return wallClock(instant, zone) - instant;
}

/** The local date (`YYYY-MM-DD`) in `zone` at `instant`. */
export function localDate(instant: number, zone: string): string {
  return new Date(wallClock(instant, zone)).toISOString().slice(0, 10);
}

/** The day after `date` (`YYYY-MM-DD`). */
export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}

/**
 * The instant at which `date` reads `time` in `zone`. A time skipped by a spring-forward change
 * (02:30 on the night clocks jump from 02:00 to 03:00) moves forward by the gap, to 03:30; a time
 * that happens twice in the autumn is the first of the two.
 */
export function instantOf(date: string, time: TimeOfDay, zone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + (time.hour * 60 + time.minute) * MINUTE;
  // At most one offset change happens within half a day of any time, so the offsets on either side cover every case.
  const offsetBefore = offsetAt(wall - DAY / 2, zone);
  const offsetAfter = offsetAt(wall + DAY / 2, zone);
  const candidates = [wall - offsetBefore, wall - offsetAfter].filter((t) => wallClock(t, zone) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - offsetBefore;
}

/** `2026-03-29 09:00 Europe/Paris` for status lines. */
export function describeInstant(instant: number, zone: string): string {
  const wall = new Date(wallClock(instant, zone)).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 16)} ${zone}`;
}
