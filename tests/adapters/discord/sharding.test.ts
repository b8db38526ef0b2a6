/**
 * DISCORD_SHARDS: the real discord.js client runs several gateway shards against a fake Discord that
 * routes each guild's events to its shard, as Discord does. Each guild's interactions arrive on its
 * own shard and are answered; daily facts post over REST whatever the shard.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FactAnswer } from '../../../src/answers.js';
import { startHarness, visibleText, type Harness } from './harness.js';

let h: Harness | undefined;
/** discord.js spaces identifies 5 s apart at max_concurrency 1; the fake does not need that. */
const adapter = { clientOptions: { ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => undefined }) } } };
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Discord sharding', () => {
  it('connects two shards, each answering the interactions of its own guilds', async () => {
    h = await startHarness({ fake: { shards: 2 }, shards: 2, adapter });
    const { fake } = h;
    expect(fake.identifies.map((d) => d.shard).sort()).toEqual([[0, 2], [1, 2]]);
    expect(fake.guilds.map((g) => fake.shardOf(g.id, 2))).toEqual([0, 1]);

    for (const [shard, guild] of fake.guilds.entries()) {
      const interaction = fake.chatInput({ subcommand: 'search', options: { query: 'jury size' }, channelId: guild.channels[0]!.id });
      const sent = await fake.answerTo(interaction);
      // Dispatched on that guild's shard alone, and answered once.
      expect(fake.deliveredTo(interaction)).toEqual([shard]);
      expect(fake.sentFor(interaction)).toHaveLength(1);
      expect(visibleText(sent.body)).toContain('Denial of Fair Public Trial');
    }
    const ready = h.logs.find((l) => l.msg === 'discord ready');
    expect(ready).toMatchObject({ shards: [0, 1], shardCount: 2, guilds: 2 });
  });

  it('takes the shard count Discord recommends with DISCORD_SHARDS=auto', async () => {
    h = await startHarness({ fake: { shards: 3 }, shards: 'auto', adapter });
    expect(h.fake.identifies.map((d) => d.shard).sort()).toEqual([[0, 3], [1, 3], [2, 3]]);
    const last = h.fake.guilds[2]!;
    const interaction = h.fake.chatInput({ subcommand: 'help', channelId: last.channels[0]!.id });
    await h.fake.answerTo(interaction);
    expect(h.fake.deliveredTo(interaction)).toEqual([2]);
  });

  it("posts a daily fact to a channel of any shard's guild", async () => {
    h = await startHarness({ fake: { shards: 2 }, shards: 2, adapter });
    const fact = h.service.facts()[0]!;
    const answer: FactAnswer = { kind: 'fact', report: h.service.reports[0]!, fact, date: '2026-05-01' };
    for (const guild of h.fake.guilds) await h.adapter.poster!.post(guild.channels[0]!.id, answer);
    const posted = h.fake.sent.filter((s) => s.via === 'channel').map((s) => s.message?.channel_id);
    expect(posted).toEqual(h.fake.guilds.map((g) => g.channels[0]!.id));
  });
});
