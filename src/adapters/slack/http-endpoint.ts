/**
 * The HTTP server for HTTP mode: `POST /slack/events` goes through our `RequestGuard` and then to
 * Bolt's receiver; `GET /healthz` answers for load balancers. We own the server (rather than
 * `HTTPReceiver.start`) so the guard runs before Bolt sees a request.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../log.js';
import type { RequestGuard } from './request-guard.js';

export const EVENTS_PATH = '/slack/events';
export const HEALTH_PATH = '/healthz';
/** Slack's payloads are a few kilobytes; anything near this is not from Slack. */
const BODY_LIMIT = 1024 * 1024;

export interface SlackHttpEndpointOptions {
  receiver: HTTPReceiver;
  guard: RequestGuard;
  logger: Logger;
}

export function createSlackHttpServer(options: SlackHttpEndpointOptions): Server {
  return createServer(slackRequestListener(options));
}

/** Handles one request to the endpoint; `main.ts` mounts it at `EVENTS_PATH` on the shared server. */
export function slackRequestListener({ receiver, guard, logger }: SlackHttpEndpointOptions): RequestListener {
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === HEALTH_PATH && (req.method === 'GET' || req.method === 'HEAD')) return reply(res, 200, '{"ok":true}');
    if (path !== EVENTS_PATH || req.method !== 'POST') return reply(res, 404);
    readBody(req)
      .then(async (body) => {
        if (body === undefined) return reply(res, 413);
        if (!isSslCheck(req, body)) {
          const verdict = await guard.check({ timestamp: header(req, 'x-slack-request-timestamp'), signature: header(req, 'x-slack-signature') }, body);
          if (!verdict.ok) {
            logger.warn({ reason: verdict.reason, retryNum: header(req, 'x-slack-retry-num') }, 'rejected a Slack request');
            return reply(res, 401);
          }
        }
        // Bolt reuses a body already buffered on `rawBody` instead of reading the stream again.
        (req as IncomingMessage & { rawBody: Buffer }).rawBody = body;
        receiver.requestListener(req, res);
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'Slack HTTP request failed');
        if (!res.headersSent) reply(res, 500);
      });
  };
}

function reply(res: ServerResponse, status: number, body?: string): void {
  res.writeHead(status, body ? { 'content-type': 'application/json' } : {});
  res.end(body);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Slack's unsigned SSL probe; Bolt answers it with an empty 200 and strips anything else from it. */
function isSslCheck(req: IncomingMessage, body: Buffer): boolean {
  return header(req, 'content-type') === 'application/x-www-form-urlencoded' && new URLSearchParams(body.toString()).get('ssl_check') === '1';
}

/** The whole body, or undefined when it is larger than `BODY_LIMIT` (the rest is drained so the 413 still reaches the sender). */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length <= BODY_LIMIT) chunks.push(chunk);
    });
    req.on('end', () => resolve(length > BODY_LIMIT ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
