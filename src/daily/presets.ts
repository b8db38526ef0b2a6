/**
 * Applies `DAILY_CHANNELS` to the store at start-up. Configuration owns only the subscriptions it
 * created: a channel someone set with `/hr daily` keeps their choice, and a preset removed from the
 * configuration is switched off.
 */
import type { ReportInfo } from '../answers.js';
import { configuredReport } from '../search/report-choice.js';
import type { ChannelPreset } from './config.js';
import { channelKey } from './rotation.js';
import type { DailyStore } from './store.js';

export interface PresetChanges {
  /** Channels subscribed or re-timed from configuration. */
  applied: string[];
  /** Channels left alone because a command set them. */
  keptCommand: string[];
  /** Configured channels no longer listed, now off. */
  switchedOff: string[];
}

/**
 * The presets with each report name (`report:2018`) replaced by the id of the report it names; throws
 * `ConfiguredReportError` (naming `DAILY_CHANNELS` and the entry) when one names no loaded report, or several.
 */
export function withPresetReports(presets: readonly ChannelPreset[], reports: readonly ReportInfo[]): ChannelPreset[] {
  return presets.map((p) => (p.report === undefined ? p : { ...p, report: configuredReport(reports, p.report, 'DAILY_CHANNELS', `${channelKey(p.channel)} report:${p.report}`) }));
}

export async function applyChannelPresets(store: DailyStore, presets: readonly ChannelPreset[], now: number): Promise<PresetChanges> {
  const changes: PresetChanges = { applied: [], keptCommand: [], switchedOff: [] };
  const listed = new Set(presets.map((p) => channelKey(p.channel)));
  for (const preset of presets) {
    const existing = await store.subscription(preset.channel);
    if (existing?.source === 'command') {
      changes.keptCommand.push(channelKey(preset.channel));
      continue;
    }
    const same = existing && existing.time === preset.time && existing.timeZone === preset.timeZone && existing.report === preset.report;
    // Unchanged and on (or failed, which waits for a person): leave it, so a restart forgives no owed post
    // and does not retry a channel that is gone.
    if (same && existing.status !== 'off') continue;
    await store.saveSubscription({ ...preset, status: 'active', source: 'config', activeFrom: now }, now);
    changes.applied.push(channelKey(preset.channel));
  }
  for (const sub of await store.subscriptions()) {
    if (sub.source === 'config' && sub.status !== 'off' && !listed.has(channelKey(sub.channel))) {
      await store.setStatus(sub.channel, 'off', now);
      changes.switchedOff.push(channelKey(sub.channel));
    }
  }
  return changes;
}
