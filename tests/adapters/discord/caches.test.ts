import { Client, type Guild } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DISCORD_CACHE_LIMITS, discordCaches } from '../../../src/adapters/discord/caches.js';

// The caches the adapter's client is made with: people who ask questions must not pile up in memory.
describe('the Discord client caches', () => {
  let client: Client | undefined;
  afterEach(async () => {
    await client?.destroy();
  });

  // What the gateway and interactions do with each payload (discord.js's own `_add`, private in its types).
  type Adding = { _add(data: unknown): unknown };
  const adding = (manager: unknown) => manager as Adding;

  function user(n: number) {
    return { id: String(100000000000000000n + BigInt(n)), username: `u${n}`, discriminator: '0', global_name: `U${n}`, avatar: null };
  }

  it('keep at most their cap of users and guild members however many distinct people ask, and always the bot itself', () => {
    client = new Client({ intents: [], makeCache: discordCaches() });
    const bot = user(0);
    adding(client.users)._add(bot);
    // What `login` does for the bot's own user (`client.user`).
    (client as unknown as { user: { id: string } }).user = { id: bot.id };
    const guild = adding(client.guilds)._add({ id: '900000000000000001', name: 'g', roles: [], channels: [], members: [{ user: bot, roles: [], joined_at: new Date().toISOString() }] }) as Guild;
    for (let n = 1; n <= 5000; n++) {
      adding(client.users)._add(user(n));
      adding(guild.members)._add({ user: user(n), roles: [], joined_at: new Date().toISOString() });
    }
    expect(client.users.cache.size).toBeLessThanOrEqual(DISCORD_CACHE_LIMITS.users);
    expect(guild.members.cache.size).toBeLessThanOrEqual(DISCORD_CACHE_LIMITS.members);
    expect(client.users.cache.has(bot.id)).toBe(true);
    expect(guild.members.cache.has(bot.id)).toBe(true);
    // The newest are the ones kept.
    expect(client.users.cache.has(user(5000).id)).toBe(true);
  });
});
