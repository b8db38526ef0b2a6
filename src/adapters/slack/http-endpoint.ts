/**
 * The HTTP side of HTTP mode. `slackEventsListener` reads a request to `POST /slack/events` (capped
 * in size and in time), lets `checkSlackRequest` decide, and hands Bolt only what passed, parsed once,
 * through our `VerifiedRequestReceiver`; it can be
 * mounted in any Node HTTP server. `createSlackHttpServer` is the stand-alone server around it, with
 * `GET /healthz` for load balancers.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../../log.js';
import { RejectionLog } from './rejection-log.js';
import { checkSlackRequest, header } from './request-check.js';
import type { RequestGuard } from './request-guard.js';
import type { VerifiedRequestReceiver } from './verified-receiver.js';

export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';
/** Slack's payloads are a few kilobytes; anything near this is not from Slack. */
const BODY_LIMIT = 1024 * 1024;
/** Slack sends its whole request at once; a body still arriving after this is someone holding a socket. */
const BODY_TIMEOUT_MS = 10_000;

export interface SlackHttpEndpointOptions {
  receiver: VerifiedRequestReceiver;
  guard: RequestGuard;
  logger: Logger;
  /** Longest wait for a whole body before answering 408 and closing. Default 10 s. */
  bodyTimeoutMs?: number;
}

export interface SlackEventsListener {
  /** Handles a `POST` to the events path (the caller routes; any other request is its business). */
  listener: RequestListener;
  /** Writes the count of rejections not yet logged. */
  close(): void;
}

export function slackEventsListener({ receiver, guard, logger, bodyTimeoutMs = BODY_TIMEOUT_MS }: SlackHttpEndpointOptions): SlackEventsListener {
  const rejections = new RejectionLog(logger);
  // No AsyncLocalStorage context per request: it hooks every promise (Bolt makes dozens per request) and
  // cost ~10 % of the endpoint's throughput. Errors are caught below and in the receiver instead.
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    readBody(req, bodyTimeoutMs)
      .then(async (read) => {
        if (read === 'too-large') return reply(res, 413);
        if (read === 'too-slow') {
          rejections.rejected('slow-body');
          res.writeHead(408, { connection: 'close' }).end();
          req.socket.destroySoon();
          return;
        }
        const verdict = await checkSlackRequest({ headers: req.headers, body: read }, guard);
        if (verdict.kind === 'probe') return reply(res, 200);
        if (verdict.kind === 'reject') {
          rejections.rejected(verdict.reason, { retryNum: header(req.headers, 'x-slack-retry-num') });
          return reply(res, verdict.status);
        }
        await receiver.dispatch(verdict.body, req.headers, res);
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'Slack HTTP request failed');
        if (!res.headersSent) reply(res, 500);
      });
  };
  return { listener, close: () => rejections.flush() };
}

/** The stand-alone server: the events listener, `GET /healthz`, 404 for the rest. */
export function createSlackHttpServer(options: SlackHttpEndpointOptions): Server {
  const events = slackEventsListener(options);
  const limit = options.bodyTimeoutMs ?? BODY_TIMEOUT_MS;
  // Headers trickled in are Node's to cut off (408): within the same limit as a body, checked often
  // enough to matter (Node's defaults are 60 s for headers, checked every 30 s).
  const timeouts = { headersTimeout: limit, requestTimeout: 2 * limit, connectionsCheckingInterval: Math.min(1000, limit / 2) };
  const server = createServer(timeouts, (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === HEALTH_PATH && (req.method === 'GET' || req.method === 'HEAD')) return reply(res, 200, '{"ok":true}');
    if (path !== EVENTS_PATH || req.method !== 'POST') return reply(res, 404);
    events.listener(req, res);
  });
  server.on('close', () => events.close());
  return server;
}

function reply(res: ServerResponse, status: number, body?: string): void {
  res.writeHead(status, body ? { 'content-type': 'application/json' } : {});
  res.end(body);
}

/**
 * The whole body; `too-large` past `BODY_LIMIT` (the rest is drained so the 413 still reaches the
 * sender), `too-slow` when it has not all arrived within `timeoutMs`.
 */
function readBody(req: IncomingMessage, timeoutMs: number): Promise<Buffer | 'too-large' | 'too-slow'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const timer = setTimeout(() => {
      req.removeAllListeners('data');
      resolve('too-slow');
    }, timeoutMs);
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length <= BODY_LIMIT) chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      // Slack's bodies mostly arrive in one chunk: no copy then.
      resolve(length > BODY_LIMIT ? 'too-large' : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
