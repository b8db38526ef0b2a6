/**
 * What the discord.js client keeps in memory. By default it caches every user and guild member it
 * meets, for as long as it runs, and the last 200 messages of every channel it sees: on a public bot
 * every person who ever asked a question stays in memory (a memory growth without bound, and more
 * about people than the bot needs). The bot reads who asked from each interaction or message itself,
 * never from these caches, so they are capped; only the bot's own user and member are always kept.
 */
import { Options, type CacheFactory, type GuildMember, type User } from 'discord.js';

/** Most users, guild members (per guild) and messages (per channel) the client keeps; the oldest go first. */
export const DISCORD_CACHE_LIMITS = { users: 100, members: 100, messages: 0 };

/** The client's `makeCache`: discord.js's defaults, with the caches that grow with people capped. */
export function discordCaches(limits = DISCORD_CACHE_LIMITS): CacheFactory {
  return Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    UserManager: { maxSize: limits.users, keepOverLimit: (user: User) => user.id === user.client.user?.id },
    GuildMemberManager: { maxSize: limits.members, keepOverLimit: (member: GuildMember) => member.id === member.client.user?.id },
    MessageManager: limits.messages,
  });
}
