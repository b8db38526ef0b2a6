/**
 * A small fake Discord on 127.0.0.1: the gateway WebSocket (JSON, no compression) and the REST routes a
 * bot uses, on one port. Drive a real discord.js `Client` at it with `rest: { api: fake.apiUrl }`, make
 * things happen (`chatInput`, `clickButton`, `postMessage`, `closeGateway`, `failNext`) and assert on
 * what the bot sent (`fake.sent`, `fake.requests`).
 *
 * It behaves like Discord where a bot could get it wrong: an interaction can be acknowledged once and
 * only within the deadline, privileged intents are refused, message content is withheld from messages
 * that neither mention the bot nor are DMs, a resumed session replays what it missed, and a message
 * sent with `enforce_nonce` and a nonce seen in the last few minutes returns the first message instead
 * of posting again.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { interactionToken, snowflake } from './snowflake.js';

/** How long Discord remembers an enforced nonce ("a few minutes"). */
const NONCE_MEMORY_MS = 5 * 60 * 1000;

/* eslint-disable @typescript-eslint/no-explicit-any -- payloads are Discord JSON, asserted on by tests */
type Json = any;

export interface FakeUser {
  id: string;
  username: string;
  global_name?: string | null;
  bot?: boolean;
}

export interface FakeChannel {
  id: string;
  name: string;
  /** 0 guild text, 1 DM, 11 public thread. */
  type: number;
  guild_id?: string;
  parent_id?: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  owner_id: string;
  channels: FakeChannel[];
}

/** One REST call as the fake received it (path URL-decoded, body parsed). */
export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, decoded: `/webhooks/APP/TOKEN/messages/@original`. */
  path: string;
  query: URLSearchParams;
  body: Json;
  headers: IncomingMessage['headers'];
  /** The status the fake answered with. */
  status: number;
  at: number;
}

/** What the bot put in front of users, however it got there. */
export interface SentMessage {
  /** `modal`: the bot answered with a form (the body is the modal: `custom_id`, `title`, `components`). */
  via: 'reply' | 'update' | 'defer' | 'edit' | 'followup' | 'channel' | 'modal';
  interactionId?: string;
  channelId: string;
  /** The message body the bot sent (`content`, `embeds`, `components`, `allowed_mentions`, `flags`…). */
  body: Json;
  ephemeral: boolean;
  /** The stored message it created or changed (absent for defers of updates). */
  message?: Json;
}

export interface FailRule {
  method?: string;
  /** Matched against the decoded path after `/api/v10`. */
  path: RegExp;
  status: number;
  /** For 429: seconds, sent both as the `retry-after` header and `retry_after` in the body. */
  retryAfter?: number;
  /** How many matching requests to fail. Default 1. */
  times?: number;
  /** Do the request's work first (post the message), then answer with the failure: a lost answer. */
  afterEffect?: boolean;
}

export interface FakeDiscordOptions {
  /** Gateway heartbeat interval the fake asks for. Default 1000 ms, so tests see heartbeats. */
  heartbeatIntervalMs?: number;
  /** Interactions not acknowledged within this are "Unknown interaction" (Discord: 3 s). */
  interactionDeadlineMs?: number;
  /** Privileged intent bits the application is allowed (Discord portal toggles). Default none. */
  allowedPrivilegedIntents?: number;
  /** When set, REST calls and IDENTIFY must carry this bot token (401 / close 4004 otherwise). */
  token?: string;
  /**
   * Shards Discord recommends (`GET /gateway/bot`), and guilds: one per shard, guild i on shard i by
   * Discord's rule `(guild_id >> 22) % shard_count`. Default 1.
   */
  shards?: number;
}

interface InteractionRecord {
  id: string;
  token: string;
  channelId: string;
  guildId?: string;
  createdAt: number;
  acknowledged: boolean;
  /** The message a component was clicked on. */
  sourceMessageId?: string;
  originalMessageId?: string;
  /** The shard ids of the sessions it was dispatched on. */
  deliveredTo: number[];
}

interface Session {
  id: string;
  seq: number;
  /** Dispatches, kept so a resume can replay what the client missed. */
  backlog: Json[];
  socket?: WebSocket;
  intents: number;
  /** `[shard_id, num_shards]` from IDENTIFY; `[0, 1]` when the client does not shard. */
  shard: [number, number];
}

const API_PREFIX = '/api/v10';
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);
const MESSAGE_CONTENT_INTENT = 1 << 15;
const EPHEMERAL = 1 << 6;
/** View channel, send messages, read history, use application commands. */
export const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n));
export const MANAGE_CHANNELS = 1n << 4n;
export const MANAGE_GUILD = 1n << 5n;

export class FakeDiscord {
  readonly bot: FakeUser = { id: snowflake(), username: 'hr-bot', bot: true, global_name: null };
  readonly applicationId = this.bot.id;
  readonly owner: FakeUser = { id: snowflake(), username: 'owner', global_name: 'Owner' };
  readonly user: FakeUser = { id: snowflake(), username: 'alice', global_name: 'Alice' };
  readonly guild: FakeGuild;
  /** The guild's general text channel. */
  readonly channel: FakeChannel;
  /** Every guild the bot is in, `guilds[i]` on shard i; `guilds[0]` is `guild`. */
  readonly guilds: FakeGuild[] = [];

  readonly requests: RecordedRequest[] = [];
  readonly sent: SentMessage[] = [];
  readonly messages = new Map<string, Json>();
  readonly channels = new Map<string, FakeChannel>();
  /** Gateway opcodes received, in order (2 identify, 6 resume, 1 heartbeat). */
  readonly gatewayOps: number[] = [];
  /** The `d` of every IDENTIFY (intents, properties…). */
  readonly identifies: Json[] = [];
  heartbeatAcks = 0;

  private readonly http: Server;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private readonly interactions = new Map<string, InteractionRecord>();
  private readonly failRules: Array<FailRule & { remaining: number }> = [];
  /** Messages created with `enforce_nonce`, by `channel:nonce`. */
  private readonly nonces = new Map<string, { message: Json; at: number }>();
  private readonly dmChannels = new Map<string, FakeChannel>();
  private readonly waiters = new Set<() => void>();
  private port = 0;

  private constructor(private readonly options: Required<Omit<FakeDiscordOptions, 'token'>> & Pick<FakeDiscordOptions, 'token'>) {
    for (let shard = 0; shard < options.shards; shard++) {
      const guildId = guildIdOnShard(shard, options.shards);
      const channel: FakeChannel = { id: snowflake(), name: 'general', type: 0, guild_id: guildId };
      this.guilds.push({ id: guildId, name: shard === 0 ? 'Human Rights Reading Group' : `Reading Group ${shard + 1}`, owner_id: this.owner.id, channels: [channel] });
      this.channels.set(channel.id, channel);
    }
    this.guild = this.guilds[0]!;
    this.channel = this.guild.channels[0]!;
    this.http = createServer((req, res) => void this.onHttp(req, res));
    this.http.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  /** Starts a fake on a free port of 127.0.0.1. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord({
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3000,
      allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? 0,
      shards: options.shards ?? 1,
      ...(options.token ? { token: options.token } : {}),
    });
    await new Promise<void>((resolve) => fake.http.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.http.address() as AddressInfo).port;
    return fake;
  }

  /** The discord.js REST `api` option. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** Number of gateway connections currently open. */
  get openSockets(): number {
    return [...this.sessions.values()].filter((s) => s.socket).length;
  }

  async close(): Promise<void> {
    for (const s of this.sessions.values()) s.socket?.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // ---- making things happen -------------------------------------------------------------------

  /**
   * Sends a dispatch to every session that should get it (buffered for resumable sessions that are
   * disconnected): an event of a guild goes to the shard of that guild only, anything else (DMs) to
   * shard 0, as Discord does.
   */
  dispatch(t: string, d: Json): number[] {
    const shards: number[] = [];
    for (const session of this.sessionsFor(d?.guild_id)) {
      this.sendDispatch(session, t, d);
      shards.push(session.shard[0]);
    }
    return shards;
  }

  /** The shard Discord routes a guild's events to. */
  shardOf(guildId: string, shardCount: number): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
  }

  /** The shards an interaction was dispatched on (one, when the client shards correctly). */
  deliveredTo(interaction: { token: string }): number[] {
    return this.interactions.get(interaction.token)?.deliveredTo ?? [];
  }

  private sessionsFor(guildId: string | undefined): Session[] {
    return [...this.sessions.values()].filter((s) => (guildId ? this.shardOf(guildId, s.shard[1]) : 0) === s.shard[0]);
  }

  /**
   * Closes every gateway socket from the server side, as Discord does on restarts. 4000 lets the client
   * resume; with `forgetSessions` a resume is refused (INVALID_SESSION) and the client must identify again.
   */
  closeGateway(code = 4000, options: { forgetSessions?: boolean } = {}): void {
    for (const session of this.sessions.values()) {
      session.socket?.close(code, 'fake closed the socket');
      session.socket = undefined;
    }
    if (options.forgetSessions) this.sessions.clear();
  }

  /** Fails the next matching REST request(s) with `status` (and `retry-after` for 429). */
  failNext(rule: FailRule): void {
    this.failRules.push({ ...rule, remaining: rule.times ?? 1 });
  }

  /** A user runs `/<command> <subcommand> …options` in the guild channel (or in `channelId`, or a DM with `dm: true`). */
  chatInput(input: {
    subcommand: string;
    options?: Record<string, string | number>;
    command?: string;
    user?: FakeUser;
    channelId?: string;
    dm?: boolean;
    permissions?: bigint;
    /** How long ago the user ran it: the bot has 3 s minus this to acknowledge. */
    ageMs?: number;
  }): { id: string; token: string } {
    const options = Object.entries(input.options ?? {}).map(([name, value]) => ({
      name,
      type: typeof value === 'number' ? 4 : 3,
      value,
    }));
    return this.interaction(input, 2, {
      id: snowflake(),
      name: input.command ?? 'hr',
      type: 1,
      options: [{ type: 1, name: input.subcommand, options }],
    });
  }

  /**
   * A user types in an autocomplete option: `focused` is the option being typed; `options` are the
   * ones already filled in the same command (Discord sends them along, unvalidated).
   */
  autocomplete(input: { subcommand: string; focused: string; value: string; options?: Record<string, string | number>; user?: FakeUser; channelId?: string }): { id: string; token: string } {
    const filled = Object.entries(input.options ?? {}).map(([name, value]) => ({ name, type: typeof value === 'number' ? 4 : 3, value }));
    return this.interaction(input, 4, {
      id: snowflake(),
      name: 'hr',
      type: 1,
      options: [{ type: 1, name: input.subcommand, options: [...filled, { name: input.focused, type: 3, value: input.value, focused: true }] }],
    });
  }

  /** A user clicks the button with `customId` on a message the bot sent. */
  clickButton(message: Json, customId: string, input: { user?: FakeUser; permissions?: bigint } = {}): { id: string; token: string } {
    const channel = this.channels.get(message.channel_id);
    return this.interaction(
      { ...input, channelId: message.channel_id, dm: channel?.type === 1 },
      3,
      { custom_id: customId, component_type: 2 },
      message,
    );
  }

  /**
   * A user sends a form (modal) the bot showed: `values` maps each text input's custom id to what was
   * typed, delivered in action rows as Discord does.
   */
  submitModal(customId: string, values: Record<string, string>, input: { user?: FakeUser; channelId?: string } = {}): { id: string; token: string } {
    return this.interaction(input, 5, {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] })),
    });
  }

  /** A user posts a message; `mentionBot` prefixes `<@bot>`. Content is withheld like Discord does without the Message Content intent. */
  postMessage(input: { content: string; mentionBot?: boolean; user?: FakeUser; channelId?: string; dm?: boolean }): Json {
    const user = input.user ?? this.user;
    const channel = input.dm ? this.dmChannel(user) : this.channels.get(input.channelId ?? this.channel.id)!;
    const content = input.mentionBot ? `<@${this.bot.id}> ${input.content}` : input.content;
    const message: Json = {
      id: snowflake(),
      channel_id: channel.id,
      ...(channel.guild_id ? { guild_id: channel.guild_id, member: this.member(user, MEMBER_PERMISSIONS, false) } : {}),
      author: user,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: input.mentionBot ? [this.bot] : [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
    this.messages.set(message.id, message);
    for (const session of this.sessionsFor(channel.guild_id)) {
      const canRead = (session.intents & MESSAGE_CONTENT_INTENT) !== 0 || input.mentionBot || input.dm;
      // discord.js types a DM channel it has never seen from `channel_type`; without it the DM is dropped.
      const event = { ...message, channel_type: channel.type, ...(canRead ? {} : { content: '' }) };
      this.sendDispatch(session, 'MESSAGE_CREATE', event);
    }
    return message;
  }

  /** Forgets what was recorded (requests, sent messages, stored messages), e.g. between benchmark rounds. */
  clearRecords(): void {
    this.requests.length = 0;
    this.sent.length = 0;
    this.messages.clear();
    this.gatewayOps.length = 0;
  }

  /** Resolves with `probe()`'s first non-undefined value, re-checked whenever the fake records something. */
  async waitFor<T>(probe: () => T | undefined | false | null, timeoutMs = 5000, what = 'condition'): Promise<T> {
    const first = probe();
    if (first !== undefined && first !== false && first !== null) return first;
    return new Promise<T>((resolve, reject) => {
      const check = (): void => {
        const value = probe();
        if (value === undefined || value === false || value === null) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  /** The first message sent in answer to an interaction (reply, update, edit or follow-up). */
  async answerTo(interaction: { id: string }, timeoutMs = 5000): Promise<SentMessage> {
    return this.waitFor(
      () => this.sent.find((s) => s.interactionId === interaction.id && s.via !== 'defer'),
      timeoutMs,
      `an answer to interaction ${interaction.id}`,
    );
  }

  /** The choices the bot answered an autocomplete interaction with. */
  async choicesFor(interaction: { id: string; token: string }, timeoutMs = 5000): Promise<Array<{ name: string; value: string }>> {
    const request = await this.waitFor(
      () => this.requests.find((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback` && r.body?.type === 8 && r.status < 300),
      timeoutMs,
      `autocomplete choices for ${interaction.id}`,
    );
    return request.body.data.choices;
  }

  /** Every message sent in answer to an interaction, in order. */
  sentFor(interaction: { id: string }): SentMessage[] {
    return this.sent.filter((s) => s.interactionId === interaction.id);
  }

  // ---- gateway --------------------------------------------------------------------------------

  private onSocket(ws: WebSocket): void {
    let session: Session | undefined;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null }));
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Json };
      this.gatewayOps.push(payload.op);
      switch (payload.op) {
        case 1:
          this.heartbeatAcks++;
          ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
          break;
        case 2: {
          this.identifies.push(payload.d);
          if (this.options.token && payload.d.token !== this.options.token) {
            ws.close(4004, 'Authentication failed.');
            return;
          }
          const intents = Number(payload.d.intents);
          if (intents & PRIVILEGED_INTENTS & ~this.options.allowedPrivilegedIntents) {
            ws.close(4014, 'Disallowed intent(s).');
            return;
          }
          const shard: [number, number] = Array.isArray(payload.d.shard) ? [Number(payload.d.shard[0]), Number(payload.d.shard[1])] : [0, 1];
          if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
            ws.close(4010, 'Invalid shard.');
            return;
          }
          session = { id: snowflake(), seq: 0, backlog: [], socket: ws, intents, shard };
          this.sessions.set(session.id, session);
          const guilds = this.guilds.filter((g) => this.shardOf(g.id, shard[1]) === shard[0]);
          this.sendDispatch(session, 'READY', {
            v: 10,
            user: { ...this.bot, discriminator: '0', avatar: null, verified: true, mfa_enabled: false, flags: 0 },
            guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
            session_id: session.id,
            resume_gateway_url: this.gatewayUrl,
            shard,
            application: { id: this.applicationId, flags: 0 },
          });
          for (const guild of guilds) this.sendDispatch(session, 'GUILD_CREATE', this.guildPayload(guild));
          break;
        }
        case 6: {
          const resumed = this.sessions.get(payload.d.session_id);
          if (!resumed) {
            ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
            return;
          }
          session = resumed;
          session.socket = ws;
          for (const missed of session.backlog.filter((p) => p.s > Number(payload.d.seq))) ws.send(JSON.stringify(missed));
          this.sendDispatch(session, 'RESUMED', {});
          break;
        }
        default:
          break;
      }
      this.notify();
    });
    ws.on('close', (code) => {
      if (!session || session.socket !== ws) return;
      session.socket = undefined;
      // A client that closes normally ends its session, like on Discord; anything else may resume.
      if (code === 1000 || code === 1001) this.sessions.delete(session.id);
      this.notify();
    });
  }

  private sendDispatch(session: Session, t: string, d: Json): void {
    const payload = { op: 0, t, s: ++session.seq, d };
    session.backlog.push(payload);
    if (session.backlog.length > 500) session.backlog.shift();
    if (session.socket?.readyState === 1) session.socket.send(JSON.stringify(payload));
  }

  private guildPayload(guild: FakeGuild): Json {
    return {
      id: guild.id,
      name: guild.name,
      owner_id: guild.owner_id,
      unavailable: false,
      member_count: 3,
      large: false,
      features: [],
      icon: null,
      joined_at: new Date().toISOString(),
      roles: [{ id: guild.id, name: '@everyone', permissions: MEMBER_PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      channels: guild.channels.map((c, position) => ({ ...c, position, permission_overwrites: [], nsfw: false })),
      threads: [],
      members: [this.member(this.bot, MEMBER_PERMISSIONS, true)],
      voice_states: [],
      presences: [],
      emojis: [],
      stickers: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private member(user: FakeUser, permissions: string, withUser: boolean): Json {
    return {
      ...(withUser ? { user } : {}),
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      permissions,
    };
  }

  private dmChannel(user: FakeUser): FakeChannel {
    let channel = this.dmChannels.get(user.id);
    if (!channel) {
      channel = { id: snowflake(), name: '', type: 1 };
      this.dmChannels.set(user.id, channel);
      this.channels.set(channel.id, channel);
    }
    return channel;
  }

  private interaction(
    input: { user?: FakeUser; channelId?: string; dm?: boolean; permissions?: bigint; ageMs?: number },
    type: number,
    data: Json,
    message?: Json,
  ): { id: string; token: string } {
    const user = input.user ?? this.user;
    const channel = input.dm ? this.dmChannel(user) : this.channels.get(input.channelId ?? this.channel.id)!;
    // An interaction that reaches the bot late (gateway lag): its id and its deadline start in the past.
    const createdAt = Date.now() - (input.ageMs ?? 0);
    const record: InteractionRecord = {
      id: snowflake(createdAt),
      token: interactionToken(),
      channelId: channel.id,
      ...(channel.guild_id ? { guildId: channel.guild_id } : {}),
      createdAt,
      acknowledged: false,
      ...(message ? { sourceMessageId: message.id } : {}),
      deliveredTo: [],
    };
    this.interactions.set(record.token, record);
    const permissions = String(input.permissions ?? BigInt(MEMBER_PERMISSIONS));
    record.deliveredTo = this.dispatch('INTERACTION_CREATE', {
      id: record.id,
      application_id: this.applicationId,
      type,
      token: record.token,
      version: 1,
      data,
      ...(channel.guild_id
        ? {
            guild_id: channel.guild_id,
            guild: { id: channel.guild_id, locale: 'en-US', features: [] },
            member: { ...this.member(user, permissions, true) },
            context: 0,
            authorizing_integration_owners: { 0: channel.guild_id },
          }
        : { user, context: 1, authorizing_integration_owners: { 1: user.id } }),
      channel_id: channel.id,
      channel: channel.type === 1 ? { id: channel.id, type: 1, recipients: [user], flags: 0 } : { ...channel, flags: 0, permission_overwrites: [] },
      app_permissions: MEMBER_PERMISSIONS,
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 10_485_760,
      ...(message ? { message } : {}),
    });
    return { id: record.id, token: record.token };
  }

  // ---- REST -----------------------------------------------------------------------------------

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const path = decodeURIComponent(url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : url.pathname);
    const method = req.method ?? 'GET';
    let body: Json = null;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const record: RecordedRequest = { method, path, query: url.searchParams, body, headers: req.headers, status: 0, at: Date.now() };
    this.requests.push(record);

    const reply = (status: number, json?: Json, headers: Record<string, string> = {}): void => {
      record.status = status;
      res.writeHead(status, { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
      this.notify();
    };

    const rule = this.failRules.find((r) => r.remaining > 0 && (!r.method || r.method === method) && r.path.test(path));
    if (rule) {
      rule.remaining--;
      if (rule.afterEffect) this.route(method, path, body, () => {});
      if (rule.status === 429) {
        const retryAfter = rule.retryAfter ?? 0.05;
        return reply(429, { message: 'You are being rate limited.', retry_after: retryAfter, global: false }, {
          'retry-after': String(retryAfter),
          'x-ratelimit-scope': 'user',
        });
      }
      return reply(rule.status, { message: 'Fake failure', code: 0 });
    }

    // Interaction callbacks and webhooks are authorised by their token in the path, not the bot token.
    const needsBotToken = !/^\/(interactions|webhooks)\//.test(path);
    if (this.options.token && needsBotToken && req.headers.authorization !== `Bot ${this.options.token}`) {
      return reply(401, { message: '401: Unauthorized', code: 0 });
    }

    try {
      this.route(method, path, body, reply);
    } catch (error) {
      reply(500, { message: String(error), code: 0 });
    }
  }

  private route(method: string, path: string, body: Json, reply: (status: number, json?: Json) => void): void {
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return reply(200, {
        url: this.gatewayUrl,
        shards: this.options.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
    }
    if (method === 'GET' && path === '/users/@me') return reply(200, { ...this.bot, discriminator: '0', avatar: null });

    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      return this.onCallback(m[1]!, m[2]!, body, reply);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path))) {
      return this.onWebhook(method, m[2]!, m[3], body, reply);
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      const parent = this.channels.get(m[1]!);
      if (!parent?.guild_id) return reply(404, { message: 'Unknown Channel', code: 10003 });
      const thread: FakeChannel = { id: m[2]!, name: String(body?.name ?? ''), type: 11, guild_id: parent.guild_id, parent_id: parent.id };
      this.channels.set(thread.id, thread);
      return reply(201, {
        ...thread,
        owner_id: this.bot.id,
        flags: 0,
        member_count: 1,
        message_count: 0,
        total_message_sent: 0,
        thread_metadata: { archived: false, auto_archive_duration: body?.auto_archive_duration ?? 1440, archive_timestamp: new Date().toISOString(), locked: false },
      });
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const channel = this.channels.get(m[1]!);
      if (!channel) return reply(404, { message: 'Unknown Channel', code: 10003 });
      const first = this.sameNonce(channel.id, body);
      if (first) return reply(200, first);
      const message = this.storeMessage(channel.id, body);
      if (body?.enforce_nonce && body.nonce !== undefined) this.nonces.set(`${channel.id}:${body.nonce}`, { message, at: Date.now() });
      this.record({ via: 'channel', channelId: channel.id, body, ephemeral: false, message });
      return reply(200, message);
    }
    if (method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      const commands = (Array.isArray(body) ? body : []).map((c: Json) => ({
        ...c,
        id: snowflake(),
        application_id: m![1],
        version: snowflake(),
        ...(m![2] ? { guild_id: m![2] } : {}),
      }));
      return reply(200, commands);
    }
    reply(404, { message: '404: Not Found', code: 0 });
  }

  private onCallback(id: string, token: string, body: Json, reply: (status: number, json?: Json) => void): void {
    const interaction = this.interactions.get(token);
    if (!interaction || interaction.id !== id || Date.now() - interaction.createdAt > this.options.interactionDeadlineMs) {
      return reply(404, { message: 'Unknown interaction', code: 10062 });
    }
    if (interaction.acknowledged) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    interaction.acknowledged = true;
    const data = body?.data ?? {};
    const ephemeral = ((data.flags ?? 0) & EPHEMERAL) !== 0;
    const base = { interactionId: id, channelId: interaction.channelId, body: data };
    switch (body?.type) {
      case 4: {
        const message = this.storeMessage(interaction.channelId, data, id);
        interaction.originalMessageId = message.id;
        this.record({ ...base, via: 'reply', ephemeral, message });
        break;
      }
      case 5: {
        const message = this.storeMessage(interaction.channelId, { content: '', flags: data.flags ?? 0 }, id);
        interaction.originalMessageId = message.id;
        this.record({ ...base, via: 'defer', ephemeral, message });
        break;
      }
      case 6:
        interaction.originalMessageId = interaction.sourceMessageId;
        this.record({ ...base, via: 'defer', ephemeral: false });
        break;
      case 7: {
        const message = this.updateMessage(interaction.sourceMessageId, data);
        interaction.originalMessageId = interaction.sourceMessageId;
        this.record({ ...base, via: 'update', ephemeral: ((message?.flags ?? 0) & EPHEMERAL) !== 0, message });
        break;
      }
      case 8:
        // Autocomplete results are recorded in `requests`; they put no message in front of users.
        break;
      case 9: {
        // A form shown to the one user who clicked: Discord checks its shape; so does the fake.
        const problem = modalProblem(data);
        if (problem) {
          interaction.acknowledged = false;
          return reply(400, { message: `Invalid Form Body: ${problem}`, code: 50035 });
        }
        this.record({ ...base, via: 'modal', ephemeral: true });
        break;
      }
      default:
        return reply(400, { message: `Invalid interaction response type ${String(body?.type)}`, code: 50035 });
    }
    reply(204);
  }

  private onWebhook(method: string, token: string, messageId: string | undefined, body: Json, reply: (status: number, json?: Json) => void): void {
    const interaction = this.interactions.get(token);
    if (!interaction) return reply(404, { message: 'Unknown Webhook', code: 10015 });
    if (!interaction.acknowledged) return reply(404, { message: 'Unknown Message', code: 10008 });
    const targetId = messageId === '@original' ? interaction.originalMessageId : messageId;
    if (method === 'PATCH' && targetId) {
      const message = this.updateMessage(targetId, body);
      if (!message) return reply(404, { message: 'Unknown Message', code: 10008 });
      this.record({ via: 'edit', interactionId: interaction.id, channelId: interaction.channelId, body, ephemeral: ((message.flags ?? 0) & EPHEMERAL) !== 0, message });
      return reply(200, message);
    }
    if (method === 'GET' && targetId) {
      const message = this.messages.get(targetId);
      return message ? reply(200, message) : reply(404, { message: 'Unknown Message', code: 10008 });
    }
    if (method === 'DELETE' && targetId) {
      this.messages.delete(targetId);
      return reply(204);
    }
    if (method === 'POST' && !messageId) {
      const message = this.storeMessage(interaction.channelId, body, interaction.id);
      this.record({ via: 'followup', interactionId: interaction.id, channelId: interaction.channelId, body, ephemeral: ((body?.flags ?? 0) & EPHEMERAL) !== 0, message });
      return reply(200, message);
    }
    reply(405, { message: '405: Method Not Allowed', code: 0 });
  }

  /**
   * Discord's `enforce_nonce`: a message with the nonce of one created in the same channel in the last
   * few minutes is not created again; the first one is returned instead.
   */
  private sameNonce(channelId: string, body: Json): Json | undefined {
    if (!body?.enforce_nonce || body.nonce === undefined) return undefined;
    const seen = this.nonces.get(`${channelId}:${body.nonce}`);
    return seen && Date.now() - seen.at < NONCE_MEMORY_MS ? seen.message : undefined;
  }

  private storeMessage(channelId: string, body: Json, interactionId?: string): Json {
    const channel = this.channels.get(channelId);
    const message = {
      id: snowflake(),
      channel_id: channelId,
      ...(channel?.guild_id ? { guild_id: channel.guild_id } : {}),
      author: { ...this.bot, discriminator: '0', avatar: null },
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      flags: body?.flags ?? 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      type: interactionId ? 20 : body?.message_reference ? 19 : 0,
      ...(body?.message_reference ? { message_reference: body.message_reference } : {}),
      application_id: this.applicationId,
    };
    this.messages.set(message.id, message);
    return message;
  }

  private updateMessage(id: string | undefined, body: Json): Json | undefined {
    const existing = id ? this.messages.get(id) : undefined;
    if (!existing) return undefined;
    for (const key of ['content', 'embeds', 'components'] as const) {
      if (body && key in body) existing[key] = body[key];
    }
    existing.edited_timestamp = new Date().toISOString();
    return existing;
  }

  private record(sent: SentMessage): void {
    this.sent.push(sent);
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

/** A guild id that Discord's rule `(id >> 22) % shardCount` puts on `shard`: its timestamp bits are chosen for it. */
/** Why Discord would refuse a modal (title 1–45, 1–5 rows, text inputs with labels of at most 45 characters). */
function modalProblem(data: Json): string | undefined {
  if (typeof data?.custom_id !== 'string' || data.custom_id.length === 0 || data.custom_id.length > 100) return 'custom_id';
  if (typeof data.title !== 'string' || data.title.length === 0 || data.title.length > 45) return 'title';
  const rows = data.components;
  if (!Array.isArray(rows) || rows.length === 0 || rows.length > 5) return 'components';
  for (const row of rows) {
    for (const input of row?.components ?? []) {
      if (input.type !== 4) return 'components: only text inputs';
      if (typeof input.label !== 'string' || input.label.length === 0 || input.label.length > 45) return 'label';
      if (input.placeholder !== undefined && String(input.placeholder).length > 100) return 'placeholder';
      if (input.max_length !== undefined && (input.max_length < 1 || input.max_length > 4000)) return 'max_length';
    }
  }
  return undefined;
}

function guildIdOnShard(shard: number, shardCount: number): string {
  const DISCORD_EPOCH = 1_420_070_400_000;
  const base = Date.now() - 86_400_000;
  const offset = base - DISCORD_EPOCH;
  return snowflake(base - (offset % shardCount) + shard);
}
