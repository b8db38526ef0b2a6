/**
 * Bolt's receiver in HTTP mode: hands Bolt the requests our endpoint has already read, verified and
 * parsed (`checkSlackRequest`) and writes Bolt's acknowledgement. It replaces Bolt's HTTPReceiver,
 * which read and parsed every body a second time, and keeps what that receiver does with its defaults:
 * `url_verification` answered with its challenge, an `ssl_check` with an empty 200, the answer written
 * as soon as a listener calls `ack()` (an object as JSON, a string as it is), a second `ack()` refused,
 * 404 when nothing acks in time, 401 for a failed authorization and 500 for an error before the ack.
 */
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { AuthorizationError, ReceiverMultipleAckError, type App, type Receiver } from '@slack/bolt';
import type { Logger } from '../../log.js';
import { header, type SlackBody } from './request-check.js';

/** How long HTTPReceiver waits for `ack()` before answering 404 (Slack itself gives up after 3 s). */
export const ACK_TIMEOUT_MS = 3001;
/** The same for a workflow step's `function_executed` event, whose listener acks itself. */
const FUNCTION_ACK_TIMEOUT_MS = 5001;

export interface VerifiedRequestReceiverOptions {
  logger: Logger;
  /** Longest wait for `ack()` before answering 404. Default 3001 ms, as Bolt's HTTPReceiver. */
  ackTimeoutMs?: number;
}

export class VerifiedRequestReceiver implements Receiver {
  private app: App | undefined;
  private readonly ackTimeoutMs: number;

  constructor(private readonly options: VerifiedRequestReceiverOptions) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? ACK_TIMEOUT_MS;
  }

  /** Called by Bolt's `App` constructor. */
  init(app: App): void {
    this.app = app;
  }

  /** The endpoint's HTTP server listens and closes; the receiver itself holds nothing to start or stop. */
  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  /**
   * Runs one verified request through Bolt and answers it. Resolves once Bolt is done with it, which
   * for our listeners is after the answer has been written; never rejects.
   */
  async dispatch(body: SlackBody, headers: IncomingHttpHeaders, res: ServerResponse): Promise<void> {
    if (body.ssl_check === '1') return respond(res, undefined);
    if (body.type === 'url_verification') return respond(res, { challenge: body.challenge });
    const app = this.app;
    if (!app) throw new Error('VerifiedRequestReceiver: no Bolt App was built with this receiver');
    const { logger } = this.options;
    let acked = false;
    const timeoutMs = (body.event as { type?: unknown } | undefined)?.type === 'function_executed' ? FUNCTION_ACK_TIMEOUT_MS : this.ackTimeoutMs;
    const timer = setTimeout(() => {
      logger.error({ type: body.type }, 'a Slack request was not acknowledged in time; answered 404');
      if (!res.headersSent) respond(res, undefined, 404);
    }, timeoutMs);
    const ack = async (response?: unknown): Promise<void> => {
      if (acked) throw new ReceiverMultipleAckError();
      acked = true;
      clearTimeout(timer);
      // After the 404 the answer can no longer go out in this response.
      if (!res.headersSent) respond(res, response);
    };
    const retryNum = header(headers, 'x-slack-retry-num');
    const retryReason = header(headers, 'x-slack-retry-reason');
    try {
      await app.processEvent({
        body,
        ack,
        ...(retryNum !== undefined ? { retryNum: Number.parseInt(retryNum, 10) } : {}),
        ...(retryReason !== undefined ? { retryReason } : {}),
      });
    } catch (err) {
      if (res.headersSent) {
        logger.error({ err }, 'a Slack listener failed after its acknowledgement');
        return;
      }
      acked = true;
      clearTimeout(timer);
      if (err instanceof AuthorizationError) return respond(res, undefined, 401);
      logger.error({ err }, 'Bolt failed to process a Slack request');
      respond(res, undefined, 500);
    }
  }
}

/**
 * The JSON of objects acked before. Our listeners ack a popular answer as one cached, never-changed
 * object (see `renderAnswerCached`), so its 1–5 KB are serialised once rather than on every request.
 * An object acked here must not be changed afterwards.
 */
const serialized = new WeakMap<object, string>();

/** Writes an acknowledgement as HTTPReceiver does: nothing, a string as it is, or an object as JSON. */
function respond(res: ServerResponse, body: unknown, status = 200): void {
  if (!body) {
    res.writeHead(status).end();
  } else if (typeof body === 'string') {
    res.writeHead(status).end(body);
  } else {
    let json = serialized.get(body);
    if (json === undefined) serialized.set(body, (json = JSON.stringify(body)));
    res.writeHead(status, { 'content-type': 'application/json' }).end(json);
  }
}
