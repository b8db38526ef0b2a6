import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dailyEnvShape, parseDailyChannels } from '../../src/daily/config.js';
import { applyChannelPresets, withPresetReports } from '../../src/daily/presets.js';
import { ConfiguredReportError } from '../../src/search/report-choice.js';
import { SqliteDailyStore as DailyStore } from '../../src/daily/sqlite-store.js';
import { tempDataDir } from './support.js';

describe('DAILY_CHANNELS', () => {
  it('reads channels with optional time and time zone, defaulting to 09:00 UTC', async () => {
    expect(parseDailyChannels('discord:123456789012345678@07:30/America/Argentina/Buenos_Aires, slack:C0123ABCD ,slack:C9@18:05')).toEqual({
      presets: [
        { channel: { platform: 'discord', channelId: '123456789012345678' }, time: '07:30', timeZone: expect.stringMatching(/\/Buenos_Aires$/) },
        { channel: { platform: 'slack', channelId: 'C0123ABCD' }, time: '09:00', timeZone: 'UTC' },
        { channel: { platform: 'slack', channelId: 'C9' }, time: '18:05', timeZone: 'UTC' },
      ],
      problems: [],
    });
  });

  it('names every wrong entry', async () => {
    const { problems } = parseDailyChannels('teams:1,discord:2@25:00,slack:C1@09:00/Nowhere/Land,slack:C1');
    expect(problems).toEqual([
      expect.stringContaining('"teams:1": expected platform:channel'),
      expect.stringContaining('"discord:2@25:00": "25:00" is not a time of day'),
      expect.stringContaining('"slack:C1@09:00/Nowhere/Land": "Nowhere/Land" is not an IANA time zone'),
      expect.stringContaining('"slack:C1": slack:C1 is listed twice'),
    ]);
  });

  it('reads a report per channel, written as in chat after a space', async () => {
    expect(parseDailyChannels('slack:C1@08:00/Europe/Paris report:2019, discord:42  report:kazakhstan-2017 ,slack:C2').presets).toEqual([
      { channel: { platform: 'slack', channelId: 'C1' }, time: '08:00', timeZone: 'Europe/Paris', report: '2019' },
      { channel: { platform: 'discord', channelId: '42' }, time: '09:00', timeZone: 'UTC', report: 'kazakhstan-2017' },
      { channel: { platform: 'slack', channelId: 'C2' }, time: '09:00', timeZone: 'UTC' },
    ]);
    expect(parseDailyChannels('slack:C1 report:, slack:C2 report:a report:b, slack:C3 weekly').problems).toEqual([
      expect.stringContaining('"slack:C1 report:": expected'),
      expect.stringContaining('"slack:C2 report:a report:b": expected'),
      expect.stringContaining('"slack:C3 weekly": expected'),
    ]);
  });

  it('resolves each preset report to its id, and refuses one naming no report or several, naming DAILY_CHANNELS', () => {
    const reports = [
      { id: 'atlantis-2019-human-rights-report', title: 'Atlantis 2019 Human Rights Report', country: 'Atlantis', year: 2019 },
      { id: 'kazakhstan-2017-human-rights-report', title: 'Kazakhstan 2017 Human Rights Report', country: 'Kazakhstan', year: 2017 },
      { id: 'atlantis-2017-human-rights-report', title: 'Atlantis 2017 Human Rights Report', country: 'Atlantis', year: 2017 },
    ];
    const preset = (report?: string) => ({ channel: { platform: 'slack' as const, channelId: 'C1' }, time: '09:00', timeZone: 'UTC', ...(report ? { report } : {}) });
    expect(withPresetReports([preset('2019'), preset()], reports)).toEqual([preset('atlantis-2019-human-rights-report'), preset()]);
    for (const typed of ['narnia', '2017']) {
      const refused = (() => {
        try {
          withPresetReports([preset(typed)], reports);
        } catch (err) {
          return err;
        }
        return undefined;
      })();
      expect(refused).toBeInstanceOf(ConfiguredReportError);
      expect((refused as Error).message).toMatch(new RegExp(`^DAILY_CHANNELS: slack:C1 report:${typed}: `));
      expect((refused as Error).message).toContain('atlantis-2017-human-rights-report');
    }
  });

  it('never throws on hostile DAILY_CHANNELS text; every report it names is one loaded report or one clear refusal', () => {
    const reports = [
      { id: 'atlantis-2019-human-rights-report', title: 'Atlantis 2019 Human Rights Report', country: 'Atlantis', year: 2019 },
      { id: 'atlantis-2017-human-rights-report', title: 'Atlantis 2017 Human Rights Report', country: 'Atlantis', year: 2017 },
    ];
    const piece = fc.oneof(
      fc.constantFrom('slack:C1', 'discord:42', '@08:00', '/Europe/Paris', ' report:', 'report:2019', 'report:atlantis', 'report:narnia', ',', ' ', '\t', '\n', '\u0000', '@everyone'),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), (raw) => {
        const { presets, problems } = parseDailyChannels(raw);
        for (const problem of problems) expect(problem.length).toBeLessThan(raw.length + 300);
        for (const p of presets) if (p.report !== undefined) expect(p.report).toMatch(/^\S+$/);
        try {
          for (const p of withPresetReports(presets, reports)) if (p.report !== undefined) expect(reports.map((r) => r.id)).toContain(p.report);
        } catch (err) {
          expect(err).toBeInstanceOf(ConfiguredReportError);
          expect((err as Error).message.startsWith('DAILY_CHANNELS: ')).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('folds into an environment schema, empty when unset, failing on a bad entry', async () => {
    const schema = z.object(dailyEnvShape);
    expect(schema.parse({}).DAILY_CHANNELS).toEqual([]);
    expect(schema.parse({ DAILY_CHANNELS: 'slack:C1' }).DAILY_CHANNELS).toHaveLength(1);
    const bad = schema.safeParse({ DAILY_CHANNELS: 'slack:C1@9pm' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['DAILY_CHANNELS'], message: expect.stringContaining('"9pm" is not a time of day') });
  });
});

describe('applyChannelPresets', () => {
  const listed = { platform: 'slack' as const, channelId: 'C1' };
  const chosen = { platform: 'discord' as const, channelId: '42' };
  const T0 = Date.parse('2026-05-01T08:00:00Z');

  it('subscribes listed channels, keeps what a person chose, and turns off channels no longer listed', async () => {
    const store = DailyStore.openInDataDir(tempDataDir());
    await store.saveSubscription({ channel: chosen, time: '10:00', timeZone: 'UTC', status: 'off', source: 'command', activeFrom: T0 }, T0);
    expect(
      await applyChannelPresets(store, [{ channel: listed, time: '09:00', timeZone: 'UTC' }, { channel: chosen, time: '09:00', timeZone: 'UTC' }], T0),
    ).toEqual({ applied: ['slack:C1'], keptCommand: ['discord:42'], switchedOff: [] });
    expect(await store.subscription(listed)).toMatchObject({ status: 'active', source: 'config', activeFrom: T0 });
    expect(await store.subscription(chosen)).toMatchObject({ status: 'off', time: '10:00' });

    // A restart with the same list changes nothing, so a post owed today stays owed.
    expect((await applyChannelPresets(store, [{ channel: listed, time: '09:00', timeZone: 'UTC' }], T0 + 3_600_000)).applied).toEqual([]);
    expect((await store.subscription(listed))?.activeFrom).toBe(T0);

    // Naming a report (or another) in the configuration re-applies it; dropping the name means every report again.
    const atlantis = { channel: listed, time: '09:00', timeZone: 'UTC', report: 'atlantis-2019-human-rights-report' };
    expect((await applyChannelPresets(store, [atlantis], T0 + 3_600_000)).applied).toEqual(['slack:C1']);
    expect(await store.subscription(listed)).toMatchObject({ report: 'atlantis-2019-human-rights-report' });
    expect((await applyChannelPresets(store, [atlantis], T0 + 3_600_000)).applied).toEqual([]);
    expect((await applyChannelPresets(store, [{ channel: listed, time: '09:00', timeZone: 'UTC' }], T0 + 3_600_000)).applied).toEqual(['slack:C1']);
    expect((await store.subscription(listed))?.report).toBeUndefined();

    expect((await applyChannelPresets(store, [], T0 + 7_200_000)).switchedOff).toEqual(['slack:C1']);
    expect((await store.subscription(listed))?.status).toBe('off');
    await store.close();
  });
});
