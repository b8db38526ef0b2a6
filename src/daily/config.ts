/**
 * Daily-fact settings from the environment: `DAILY_CHANNELS`, the channels a deployment subscribes
 * from its configuration instead of with `/hr daily on`. Fold `dailyEnvShape` into the app's schema.
 */
import { z } from 'zod';
import type { ChannelRef } from './contract.js';
import { canonicalTimeZone, formatTimeOfDay, parseTimeOfDay } from './local-time.js';
import { DEFAULT_TIME, DEFAULT_TIME_ZONE } from './schedule.js';

/** A channel subscribed by configuration. */
export interface ChannelPreset {
  channel: ChannelRef;
  /** `HH:MM` */
  time: string;
  /** Canonical IANA name. */
  timeZone: string;
  /** Facts from this report only: as typed in the entry (`report:2018`), then its id once reports are loaded (`withPresetReports`). */
  report?: string;
}

/**
 * `DAILY_CHANNELS`: comma-separated `platform:channelId[@HH:MM[/Area/City]][ report:NAME]`, e.g.
 * `discord:123456789012345678@09:00/Europe/Paris report:2018,slack:C0123ABCD`. Time defaults to 09:00,
 * zone to UTC, report to every report; NAME is what chat takes after `report:` (an id, a country, a year).
 */
export const dailyEnvShape = {
  DAILY_CHANNELS: z
    .string()
    .optional()
    .transform((raw, ctx): ChannelPreset[] => {
      const { presets, problems } = parseDailyChannels(raw ?? '');
      for (const problem of problems) ctx.addIssue({ code: 'custom', message: problem });
      return presets;
    }),
};

/** Parses a `DAILY_CHANNELS` value; every entry that is wrong gets its own problem line. */
export function parseDailyChannels(raw: string): { presets: ChannelPreset[]; problems: string[] } {
  const presets: ChannelPreset[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
    const m = /^(discord|slack):([A-Za-z0-9_-]+)(?:@([^/\s]+)(?:\/(\S+))?)?(?:\s+report:(\S+))?$/.exec(entry);
    if (!m) {
      problems.push(`"${entry}": expected platform:channel[@HH:MM[/Time/Zone]][ report:NAME], e.g. discord:123456789012345678@09:00/Europe/Paris report:2018 or slack:C0123ABCD`);
      continue;
    }
    const report = m[5];
    const [, platform, channelId, timeText, zoneText] = m as unknown as [string, 'discord' | 'slack', string, string | undefined, string | undefined];
    const time = parseTimeOfDay(timeText ?? DEFAULT_TIME);
    const timeZone = canonicalTimeZone(zoneText ?? DEFAULT_TIME_ZONE);
    if (!time) problems.push(`"${entry}": "${timeText}" is not a time of day (HH:MM, 24-hour)`);
    if (!timeZone) problems.push(`"${entry}": "${zoneText}" is not an IANA time zone such as Europe/Paris`);
    const key = `${platform}:${channelId}`;
    if (seen.has(key)) problems.push(`"${entry}": ${key} is listed twice`);
    seen.add(key);
    if (time && timeZone) presets.push({ channel: { platform, channelId }, time: formatTimeOfDay(time), timeZone, ...(report ? { report } : {}) });
  }
  return { presets, problems };
}
