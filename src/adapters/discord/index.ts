/**
 * The Discord adapter: creates the discord.js client, wires its events to the handlers, logs in,
 * and hands `main.ts` a poster for daily facts and a `stop()` that lets in-flight replies finish.
 */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { AdapterDeps, RunningAdapter } from '../../adapters-contract.js';
import { NO_METRICS } from '../../metrics.js';
import { ButtonIds } from './button-ids.js';
import { discordCaches } from './caches.js';
import type { HandlerContext } from './context.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';
import { createFactPoster } from './poster.js';

export interface DiscordAdapterOptions {
  /** Extra discord.js client options, merged over ours (tests use it for a quicker identify throttle). */
  clientOptions?: Partial<ClientOptions>;
  /** Button state; pass one to control its lifetime (tests). */
  buttonIds?: ButtonIds;
  /** How long `stop()` waits for in-flight replies. Default 10 s. */
  drainTimeoutMs?: number;
  /** How long start-up waits for the gateway to be ready. Default 30 s. */
  readyTimeoutMs?: number;
}

/** Starts the Discord adapter: resolves once the bot is connected and ready to answer. */
export async function startDiscord(deps: AdapterDeps, options: DiscordAdapterOptions = {}): Promise<RunningAdapter> {
  const discord = deps.config.discord;
  if (!discord) throw new Error('Discord is not configured: set DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  const { logger } = deps;

  const client = new Client({
    // No privileged intents: mentions and DMs carry their content without Message Content.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached; without this partial, DMs never reach `messageCreate`.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    // Users, members and messages capped: see caches.ts.
    makeCache: discordCaches(),
    ...shardOptions(discord.shards),
    ...options.clientOptions,
    rest: { ...options.clientOptions?.rest, ...(discord.apiUrl ? { api: discord.apiUrl } : {}) },
  });

  const ctx: HandlerContext = {
    service: deps.service,
    logger,
    rateLimiter: deps.rateLimiter,
    buttonIds: options.buttonIds ?? new ButtonIds(),
    metrics: deps.metrics ?? NO_METRICS,
    ...(deps.daily ? { daily: deps.daily } : {}),
    ...(deps.feedback ? { feedback: deps.feedback } : {}),
  };
  const readiness = deps.readiness;
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  client.on(Events.InteractionCreate, (interaction) => track(handleInteraction(interaction, ctx)));
  client.on(Events.MessageCreate, (message) => track(handleMessage(message, ctx)));
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.ShardError, (err, shardId) => logger.warn({ err, shardId }, 'discord gateway error'));
  client.on(Events.ShardReconnecting, (shardId) => {
    logger.info({ shardId }, 'discord gateway reconnecting');
    ctx.metrics.gatewayReconnect('discord');
    readiness?.notReady('gateway reconnecting');
  });
  client.on(Events.ShardResume, (shardId, replayed) => {
    logger.info({ shardId, replayed }, 'discord gateway resumed');
    readiness?.ready();
  });
  client.on(Events.ShardReady, () => readiness?.ready());
  client.on(Events.ShardDisconnect, (event, shardId) => {
    logger.warn({ code: event.code, shardId }, 'discord gateway disconnected for good');
    readiness?.notReady('gateway disconnected');
  });

  // Listen before logging in: `clientReady` can fire before `login()` resolves.
  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(options.readyTimeoutMs ?? 30_000) });
  ready.catch(() => undefined); // Awaited below; this only keeps a failed login from leaving it unhandled.
  try {
    await client.login(discord.token);
    await ready;
  } catch (err) {
    await client.destroy();
    throw err;
  }
  const shards = client.ws.shards.map((shard) => shard.id);
  logger.info({ user: client.user?.tag, applicationId: discord.applicationId, guilds: client.guilds.cache.size, shards, shardCount: client.options.shardCount }, 'discord ready');
  readiness?.ready();

  return {
    name: 'discord',
    poster: createFactPoster(client.rest),
    async stop(): Promise<void> {
      const pending = [...inFlight];
      if (pending.length) logger.info({ pending: pending.length }, 'discord: finishing replies before stopping');
      await Promise.race([
        Promise.allSettled(pending),
        new Promise((resolve) => setTimeout(resolve, options.drainTimeoutMs ?? 10_000).unref()),
      ]);
      await client.destroy();
      logger.info('discord stopped');
    },
  };
}

/**
 * `DISCORD_SHARDS`: discord.js's internal sharding, every shard in this one client. Each shard's
 * gateway delivers its own guilds' interactions to this client, which answers them over REST; daily
 * posts go over REST too, so they need no particular shard. ShardingManager would run a process per
 * shard, each loading the search index and opening the store: several times the memory, plus IPC for
 * what one client already knows, for a bot whose work per event is milliseconds of CPU.
 */
function shardOptions(shards: 'auto' | number): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (shards === 'auto') return { shards: 'auto' };
  return { shards: Array.from({ length: shards }, (_, id) => id), shardCount: shards };
}
