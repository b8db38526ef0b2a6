/**
 * A fake Slack on 127.0.0.1: the Web API (`/api/<method>`) and `response_url`s (`/respond/<id>`),
 * recording every call. It applies Slack's message limits, so a message Slack would refuse is refused
 * here too. Reusable by any test that posts to Slack (adapter, daily facts):
 *
 *   const fake = await FakeSlack.start();
 *   const client = new WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
 *   fake.script('chat.postMessage', { status: 429, retryAfter: 2 });   // next call: 429, then normal
 *   fake.users.set('U1', { id: 'U1', is_admin: true });                 // for users.info
 *   await fake.waitFor((f) => f.callsTo('chat.postMessage').length === 2);
 *   fake.callsTo('chat.postMessage')[1].args.blocks;                    // decoded arguments
 *   fake.script('chat.postMessage', { delayMs: 500 });                  // posts, but answers late
 *   fake.script('chat.postMessage', { reset: true });                   // posts, then drops the connection
 *   fake.messagesIn('C1');                                              // what a channel shows, with metadata
 *
 * Posted messages are kept per channel, with their `metadata`, and `conversations.history` returns
 * them newest first (metadata only with `include_all_metadata`), as Slack does.
 */
import { once } from 'node:events';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call as the fake received it. */
export interface ApiCall {
  method: string;
  /** Arguments with JSON-encoded fields (`blocks`…) decoded. */
  args: Record<string, unknown>;
  token: string | undefined;
  /** What the fake answered: HTTP status and body. */
  status: number;
  reply: Record<string, unknown>;
  at: number;
}

/** One POST to a `response_url`. */
export interface ResponseCall {
  /** The id in `/respond/<id>`. */
  id: string;
  body: Record<string, unknown>;
  status: number;
  at: number;
}

/** A scripted answer for the next call(s) of a method instead of the default one. */
export interface ScriptedReply {
  status?: number;
  /** Seconds, sent as the `Retry-After` header (Slack's 429). */
  retryAfter?: number;
  body?: Record<string, unknown>;
  /** Does the call's normal work (a message is posted), but answers only after this many milliseconds. */
  delayMs?: number;
  /** Does the call's normal work, then closes the connection without an answer. */
  reset?: boolean;
  /** With `delayMs` or `reset`: the call never took effect (nothing posted), as when the request was lost. */
  lost?: boolean;
}

/** A message as the channel shows it. */
export interface ChannelMessage {
  ts: string;
  text?: unknown;
  blocks?: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface FakeUser {
  id: string;
  name?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
}

export type ApiHandler = (args: Record<string, unknown>) => Record<string, unknown>;

/** Slack's published limits, checked on every message the fake receives. */
export const SLACK_LIMITS = { blocks: 50, sectionText: 3000, headerText: 150, buttonText: 75, buttonValue: 2000, blocksJson: 13_000 } as const;

export const FAKE_TEAM_ID = 'T0FAKE';
export const FAKE_BOT_USER_ID = 'U0BOT';
export const FAKE_BOT_ID = 'B0BOT';

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseCall[] = [];
  readonly users = new Map<string, FakeUser>();
  /** Milliseconds the fake waits before answering a `response_url` post (to test slow Slack). */
  responseDelayMs = 0;
  private readonly scripted = new Map<string, ScriptedReply[]>();
  private readonly handlers = new Map<string, ApiHandler>();
  private readonly events = new EventEmitter();
  private readonly channels = new Map<string, ChannelMessage[]>();
  /** Message timestamps: real time at start-up, one second apart, like Slack's (seconds since 1970). */
  private nextTs = Math.floor(Date.now() / 1000);
  private responseIds = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly maxRecorded: number,
  ) {}

  /**
   * Starts a fake on a free port of 127.0.0.1 (or `port`). `maxRecorded` caps the calls and responses
   * kept (oldest dropped first), for load tests that only need the fake to answer.
   */
  static async start(options: { port?: number; maxRecorded?: number } = {}): Promise<FakeSlack> {
    const server = createServer({ keepAlive: true });
    server.listen(options.port ?? 0, '127.0.0.1');
    await once(server, 'listening');
    const fake = new FakeSlack(server, (server.address() as AddressInfo).port, options.maxRecorded ?? Infinity);
    server.on('request', (req, res) => void fake.handle(req, res));
    return fake;
  }

  /** Base URL for `WebClient`'s `slackApiUrl`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh `response_url`; its posts are recorded under the returned id. */
  responseUrl(id = `r${++this.responseIds}`): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  /** Answers the next calls of `method` with these replies, in order, before the default resumes. */
  script(method: string, ...replies: ScriptedReply[]): void {
    this.scripted.set(method, [...(this.scripted.get(method) ?? []), ...replies]);
  }

  /** Replaces the default answer of a Web API method. */
  on(method: string, handler: ApiHandler): void {
    this.handlers.set(method, handler);
  }

  /** The messages a channel shows, oldest first. */
  messagesIn(channel: string): ChannelMessage[] {
    return [...(this.channels.get(channel) ?? [])];
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  responsesTo(id: string): ResponseCall[] {
    return this.responses.filter((r) => r.id === id);
  }

  /** Resolves once `predicate` holds over the recorded calls, or rejects after `timeoutMs`. */
  async waitFor(predicate: (fake: FakeSlack) => boolean, timeoutMs = 5000): Promise<void> {
    if (predicate(this)) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('recorded', check);
        reject(new Error(`fake Slack: condition not met within ${timeoutMs} ms (calls: ${this.calls.map((c) => c.method).join(', ') || 'none'}; responses: ${this.responses.length})`));
      }, timeoutMs);
      const check = (): void => {
        if (!predicate(this)) return;
        clearTimeout(timer);
        this.events.off('recorded', check);
        resolve();
      };
      this.events.on('recorded', check);
    });
  }

  /** Forgets recorded calls and scripted replies (users and handlers stay). */
  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.channels.clear();
    this.scripted.clear();
    this.responseDelayMs = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readAll(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const api = /^\/api\/([\w.]+)$/.exec(path);
    const respond = /^\/respond\/([\w-]+)$/.exec(path);
    if (req.method === 'POST' && api) return this.handleApi(api[1]!, req, raw, res);
    if (req.method === 'POST' && respond) return this.handleResponseUrl(respond[1]!, raw, res);
    res.writeHead(404).end();
  }

  private async handleApi(method: string, req: IncomingMessage, raw: string, res: ServerResponse): Promise<void> {
    const args = parseArgs(req.headers['content-type'] ?? '', raw);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : typeof args.token === 'string' ? args.token : undefined;
    const scripted = this.scripted.get(method)?.shift();
    let status = 200;
    let reply: Record<string, unknown>;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const delayed = scripted && (scripted.delayMs !== undefined || scripted.reset);
    if (delayed) {
      reply = scripted.lost ? { ok: false, error: 'request_lost' } : this.defaultReply(method, args);
      if (scripted.delayMs) await new Promise((resolve) => setTimeout(resolve, scripted.delayMs));
      this.record({ method, args, token, status: scripted.reset ? 0 : 200, reply, at: Date.now() });
      if (scripted.reset) {
        req.socket.destroy();
        return;
      }
    } else if (scripted) {
      status = scripted.status ?? 200;
      if (scripted.retryAfter !== undefined) headers['retry-after'] = String(scripted.retryAfter);
      reply = scripted.body ?? (status === 200 ? { ok: true } : { ok: false, error: status === 429 ? 'ratelimited' : 'internal_error' });
    } else if (!token) {
      reply = { ok: false, error: 'not_authed' };
    } else {
      reply = this.defaultReply(method, args);
    }
    if (!delayed) this.record({ method, args, token, status, reply, at: Date.now() });
    if (res.destroyed) return;
    res.writeHead(status, headers).end(JSON.stringify(reply));
  }

  private async handleResponseUrl(id: string, raw: string, res: ServerResponse): Promise<void> {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      res.writeHead(400).end('invalid_payload');
      return;
    }
    if (this.responseDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.responseDelayMs));
    const problem = messageProblem(body);
    const status = problem ? 400 : 200;
    this.responses.push({ id, body, status, at: Date.now() });
    if (this.responses.length > this.maxRecorded) this.responses.shift();
    this.events.emit('recorded');
    res.writeHead(status, { 'content-type': 'text/plain' }).end(problem ?? 'ok');
  }

  private defaultReply(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const handler = this.handlers.get(method);
    if (handler) return handler(args);
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'hr-bot', team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID };
      case 'chat.postMessage':
      case 'chat.postEphemeral':
      case 'chat.update': {
        const problem = messageProblem(args);
        if (problem) return { ok: false, error: problem };
        if (typeof args.channel !== 'string' || args.channel === '') return { ok: false, error: 'channel_not_found' };
        const ts = `${this.nextTs++}.000100`;
        if (method === 'chat.postMessage') this.post(args.channel, { ts, text: args.text, blocks: args.blocks, ...(isMetadata(args.metadata) ? { metadata: args.metadata } : {}) });
        return { ok: true, channel: args.channel, ts, message: { text: args.text, blocks: args.blocks } };
      }
      case 'conversations.history': {
        const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
        const oldest = Number(args.oldest ?? 0);
        const limit = Math.min(Number(args.limit ?? 100) || 100, 999);
        const messages = (this.channels.get(String(args.channel)) ?? [])
          .filter((m) => Number(m.ts) > oldest)
          .reverse()
          .slice(0, limit)
          .map(({ metadata, ...m }) => ({ type: 'message', ...m, ...(withMetadata && metadata ? { metadata } : {}) }));
        return { ok: true, messages, has_more: false };
      }
      case 'views.open': {
        // Slack's checks on a modal: a trigger, a title of at most 24 characters, inputs with labels.
        const view = args.view as Record<string, unknown> | undefined;
        const title = (view?.title as { text?: string } | undefined)?.text ?? '';
        if (typeof args.trigger_id !== 'string' || args.trigger_id === '') return { ok: false, error: 'invalid_trigger_id' };
        if (view?.type !== 'modal' || !Array.isArray(view.blocks) || title === '' || title.length > 24) return { ok: false, error: 'invalid_arguments' };
        if (String(view.private_metadata ?? '').length > 3000) return { ok: false, error: 'invalid_arguments' };
        return { ok: true, view: { id: `V${this.nextTs++}`, ...view } };
      }
      case 'users.info': {
        const user = this.users.get(String(args.user));
        return user ? { ok: true, user: { is_admin: false, is_owner: false, is_primary_owner: false, ...user } } : { ok: false, error: 'user_not_found' };
      }
      default:
        return { ok: true };
    }
  }

  private post(channel: string, message: ChannelMessage): void {
    const messages = this.channels.get(channel) ?? [];
    messages.push(message);
    this.channels.set(channel, messages);
  }

  private record(call: ApiCall): void {
    this.calls.push(call);
    if (this.calls.length > this.maxRecorded) this.calls.shift();
    this.events.emit('recorded');
  }
}

/** Why Slack would refuse this message, or undefined when it is acceptable. */
export function messageProblem(message: Record<string, unknown>): string | undefined {
  const blocks = message.blocks;
  if (blocks === undefined) return typeof message.text === 'string' || message.delete_original ? undefined : 'no_text';
  if (!Array.isArray(blocks)) return 'invalid_blocks_format';
  if (blocks.length > SLACK_LIMITS.blocks) return 'invalid_blocks';
  if (JSON.stringify(blocks).length > SLACK_LIMITS.blocksJson) return 'msg_blocks_too_long';
  const actionIds = new Set<string>();
  for (const block of blocks as Array<Record<string, unknown>>) {
    const text = (block.text as { text?: string } | undefined)?.text ?? '';
    if (block.type === 'section' && text.length > SLACK_LIMITS.sectionText) return 'invalid_blocks';
    if (block.type === 'header' && text.length > SLACK_LIMITS.headerText) return 'invalid_blocks';
    for (const el of (block.elements as Array<Record<string, unknown>> | undefined) ?? []) {
      if (el.type !== 'button') continue;
      const id = String(el.action_id);
      if (actionIds.has(id)) return 'invalid_blocks'; // action_id must be unique in a message
      actionIds.add(id);
      if (((el.text as { text?: string }).text ?? '').length > SLACK_LIMITS.buttonText) return 'invalid_blocks';
      if (String(el.value ?? '').length > SLACK_LIMITS.buttonValue) return 'invalid_blocks';
    }
  }
  return undefined;
}

function isMetadata(value: unknown): value is ChannelMessage['metadata'] {
  const m = value as { event_type?: unknown; event_payload?: unknown } | undefined;
  return typeof m?.event_type === 'string' && typeof m.event_payload === 'object' && m.event_payload !== null;
}

function parseArgs(contentType: string, raw: string): Record<string, unknown> {
  if (contentType.startsWith('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
