/**
 * Starts the Slack adapter: Socket Mode when an app-level token is configured, otherwise HTTP mode
 * (`POST /slack/events` behind our request guard, mounted on main's shared server or on one of its
 * own). Wiring only; the handlers are in
 * `listeners.ts`, rendering in `render.ts`.
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, SocketModeReceiver, webApi } from '@slack/bolt';
import type { AdapterDeps, HttpMount, RunningAdapter } from '../../adapters-contract.js';
import { NO_METRICS } from '../../metrics.js';
import { InFlight } from './boundary.js';
import { boltLogger } from './bolt-logger.js';
import { withAnswerCache } from './cached-service.js';
import { createSlackFactPoster } from './fact-poster.js';
import { createSlackHttpServer, EVENTS_PATH, slackEventsListener, type SlackHttpEndpointOptions } from './http-endpoint.js';
import { registerListeners } from './listeners.js';
import { RecentKeys } from './recent-keys.js';
import { RequestGuard } from './request-guard.js';
import { ResponseUrlPoster } from './response-url.js';
import { VerifiedRequestReceiver } from './verified-receiver.js';
import { clientOptions, type RetryPolicy } from './web-api.js';

export interface SlackStartOptions {
  /** Interface to listen on in HTTP mode. Default: all interfaces (Slack must reach it). */
  host?: string;
  /** HTTP mode: longest wait for a request body before 408 (default 10 s; tests shorten it). */
  bodyTimeoutMs?: number;
  /** HTTP mode: longest wait for a listener's `ack()` before 404 (default 3001 ms, as Bolt; tests shorten it). */
  ackTimeoutMs?: number;
  /** How thread and DM replies retry on 429/5xx (tests shorten the waits). */
  retry?: RetryPolicy;
}

export interface RunningSlack extends RunningAdapter {
  mode: 'http' | 'socket';
  /** HTTP mode: the port actually listened on (useful with `PORT=0`). */
  port?: number;
  /** The Bolt app, for tests and diagnostics. */
  app: App;
}

/** Slack redelivers an unacknowledged event up to three times within about five minutes. */
const EVENT_MEMORY_MS = 30 * 60 * 1000;

/**
 * Starts Slack with `deps.config.slack`. Checks the bot token with `auth.test` first, so a wrong token
 * fails start-up instead of leaving Bolt to answer every request with 401.
 */
export async function startSlack(deps: AdapterDeps, options: SlackStartOptions = {}): Promise<RunningSlack> {
  const slack = deps.config.slack;
  if (!slack) throw new Error('startSlack: Slack is not configured (SLACK_BOT_TOKEN)');
  const logger = deps.logger;
  const webClientOptions = clientOptions(slack.apiUrl);
  const auth = await new webApi.WebClient(slack.botToken, webClientOptions).auth.test();
  if (!auth.user_id || !auth.bot_id) throw new Error('Slack auth.test did not name the bot user');
  // Passing botId/botUserId stops Bolt from calling auth.test itself without awaiting it. No
  // conversation store: we keep no per-conversation state, and Bolt's costs a lookup per request.
  const identity = {
    token: slack.botToken,
    botId: auth.bot_id,
    botUserId: auth.user_id,
    logger: boltLogger(logger),
    clientOptions: webClientOptions,
    convoStore: false as const,
    // Its check is made in our event listener instead: a global middleware costs every request.
    ignoreSelf: false,
  };

  const inFlight = new InFlight();
  const responder = new ResponseUrlPoster();
  const listenerDeps = {
    service: withAnswerCache(deps.service),
    rateLimiter: deps.rateLimiter,
    ...(deps.daily ? { daily: deps.daily } : {}),
    ...(deps.feedback ? { feedback: deps.feedback } : {}),
    logger,
    inFlight,
    // Shared with the other instances when they share a store, like the request guard's memory.
    handledEvents: deps.seenRequests ?? new RecentKeys(EVENT_MEMORY_MS),
    eventMemoryMs: EVENT_MEMORY_MS,
    responder,
    ...(options.retry ? { retry: options.retry } : {}),
    metrics: deps.metrics ?? NO_METRICS,
  };
  const readiness = deps.readiness;

  if (slack.appToken) {
    // Our own receiver, so /readyz and the reconnect counter can follow its socket.
    const receiver = new SocketModeReceiver({ appToken: slack.appToken, logger: identity.logger, installerOptions: { clientOptions: webClientOptions } });
    receiver.client.on('connected', () => readiness?.ready());
    receiver.client.on('disconnected', () => readiness?.notReady('socket disconnected'));
    receiver.client.on('reconnecting', () => {
      listenerDeps.metrics.gatewayReconnect('slack');
      readiness?.notReady('socket reconnecting');
    });
    const app = new App({ ...identity, receiver });
    registerListeners(app, listenerDeps);
    await app.start();
    readiness?.ready();
    logger.info({ mode: 'socket', bot: auth.user_id, team: auth.team_id }, 'slack ready');
    return {
      name: 'slack',
      mode: 'socket',
      app,
      poster: createSlackFactPoster(app.client),
      async stop() {
        // Disconnect first so no new envelopes arrive; answers already acknowledged go out over HTTP.
        await app.stop();
        await inFlight.drain();
        responder.close();
        logger.info('slack stopped');
      },
    };
  }

  // Without a secret every signature would be checked against an empty key: refuse to start.
  if (!slack.signingSecret) throw new Error('Slack HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)');
  // Our RequestGuard verifies every request before the receiver sees it (stricter than Bolt: skew both
  // ways, replays), and the endpoint hands the receiver the body it has already read and parsed.
  const receiver = new VerifiedRequestReceiver({ logger: logger.child({ component: 'receiver' }), ...(options.ackTimeoutMs ? { ackTimeoutMs: options.ackTimeoutMs } : {}) });
  const app = new App({ ...identity, receiver });
  registerListeners(app, listenerDeps);
  const guard = new RequestGuard({ signingSecret: slack.signingSecret, ...(deps.seenRequests ? { seen: deps.seenRequests } : {}) });
  const endpoint: SlackHttpEndpointOptions = { receiver, guard, logger, ...(options.bodyTimeoutMs ? { bodyTimeoutMs: options.bodyTimeoutMs } : {}) };
  // On the shared server (main.ts), which owns the port and closes it once every adapter has stopped;
  // otherwise (tests, embedding) on a server of our own.
  const served = deps.http ? mountOn(deps.http, endpoint, inFlight) : await serveAlone(endpoint, inFlight, slack.port, options.host);
  readiness?.ready();
  logger.info({ mode: 'http', port: served.port, bot: auth.user_id, team: auth.team_id }, 'slack ready');
  return {
    name: 'slack',
    mode: 'http',
    port: served.port,
    app,
    poster: createSlackFactPoster(app.client),
    async stop() {
      await served.close();
      responder.close();
      logger.info('slack stopped');
    },
  };
}

interface ServedEndpoint {
  port: number;
  /** Lets requests in flight finish, then stops serving. */
  close(): Promise<void>;
}

function mountOn(http: HttpMount, endpoint: SlackHttpEndpointOptions, inFlight: InFlight): ServedEndpoint {
  const events = slackEventsListener(endpoint);
  http.mount(EVENTS_PATH, events.listener);
  return {
    port: http.port,
    async close() {
      await inFlight.drain();
      events.close();
    },
  };
}

async function serveAlone(endpoint: SlackHttpEndpointOptions, inFlight: InFlight, port: number, host: string | undefined): Promise<ServedEndpoint> {
  const server = createSlackHttpServer(endpoint);
  await listen(server, port, host);
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await inFlight.drain();
      server.closeAllConnections();
      await closed;
    },
  };
}

async function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  server.listen(port, host);
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([err]) => {
      throw err;
    }),
  ]);
}
