import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDailyFacts } from '../../src/daily/open.js';
import { DAILY_DATABASE_FILE } from '../../src/daily/database.js';
import { SqliteDailyStore as DailyStore } from '../../src/daily/sqlite-store.js';
import { FakeClock } from './fake-clock.js';
import { RecordingPoster } from './recording-poster.js';
import { capturedLogger, REPORT, sampleFacts, tempDataDir } from './support.js';

const facts = sampleFacts(5);

describe('openDailyFacts', () => {
  it('serves commands before posting starts, then posts preset and subscribed channels', async () => {
    const dataDir = tempDataDir();
    const clock = new FakeClock(Date.parse('2026-05-01T06:00:00Z'));
    const { logger } = capturedLogger();
    const opened = await openDailyFacts({
      dataDir, clock, logger, report: REPORT, facts,
      presets: [{ channel: { platform: 'slack', channelId: 'C1' }, time: '07:00', timeZone: 'UTC' }],
    });
    // An adapter handles /hr daily on before the scheduler exists; posting picks it up when it starts.
    await opened.daily.subscribe({ platform: 'discord', channelId: '42' }, { time: '08:00' });
    const discord = new RecordingPoster('discord', clock);
    const slack = new RecordingPoster('slack', clock);
    await opened.startPosting([discord, slack]);
    await clock.advanceTo('2026-05-01T12:00:00Z');
    expect(slack.posts.map((p) => p.channelId)).toEqual(['C1']);
    expect(discord.posts.map((p) => p.channelId)).toEqual(['42']);

    // A subscription made while posting wakes the scheduler: 12:30 today is still owed.
    await opened.daily.subscribe({ platform: 'discord', channelId: '43' }, { time: '12:30' });
    await clock.advanceTo('2026-05-01T12:31:00Z');
    expect(discord.calls.at(-1)).toEqual({ channelId: '43', at: Date.parse('2026-05-01T12:30:00Z') });

    await opened.stop();
    await expect(opened.store.subscriptions()).rejects.toThrow(/not open/);
    // Everything is in the file for the next start.
    const reopened = DailyStore.openInDataDir(dataDir);
    expect((await reopened.subscriptions()).map((s) => `${s.channel.platform}:${s.channel.channelId}`)).toEqual(['discord:42', 'discord:43', 'slack:C1']);
    await reopened.close();
  });

  it('fails at start-up with the database file named when it is corrupt', async () => {
    const dataDir = tempDataDir();
    writeFileSync(join(dataDir, DAILY_DATABASE_FILE), 'garbage'.repeat(1000));
    await expect(openDailyFacts({ dataDir, presets: [], report: REPORT, facts, logger: capturedLogger().logger })).rejects.toThrow(
      `Daily-facts database ${join(dataDir, DAILY_DATABASE_FILE)} is not a SQLite database`,
    );
  });
});
