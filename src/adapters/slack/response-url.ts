/**
 * Posts a message to a `response_url` over keep-alive connections. Bolt's `respond()` does the same
 * through `fetch`, which opened a connection per answer and cost about five times the CPU under load
 * (see bench/slack.ts); the answers are the same JSON either way.
 */
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { SlackMessage } from './render.js';

/** What `response_url` accepts besides the message itself. */
export interface ResponseOptions {
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
  delete_original?: boolean;
}

/** A failed post: `status` is the HTTP status (0 when the request never got an answer). */
export class ResponseUrlError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ResponseUrlError';
  }
}

export class ResponseUrlPoster {
  private readonly http = new HttpAgent({ keepAlive: true, maxSockets: 64 });
  private readonly https = new HttpsAgent({ keepAlive: true, maxSockets: 64 });

  constructor(private readonly timeoutMs = 10_000) {}

  /** Posts `message` as JSON; resolves on 2xx, throws `ResponseUrlError` otherwise (like Bolt's `respond()`). */
  post(responseUrl: string, message: SlackMessage & ResponseOptions): Promise<void> {
    const url = new URL(responseUrl);
    // Slack's response URLs are https; plain http is only for a local fake Slack.
    const local = url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]');
    if (url.protocol !== 'https:' && !local) return Promise.reject(new ResponseUrlError(`refusing to post to ${url.protocol}//${url.host}`, 0));
    const body = JSON.stringify(message);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<void>((resolve, reject) => {
      const req = send(
        url,
        {
          method: 'POST',
          agent: url.protocol === 'https:' ? this.https : this.http,
          headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) },
          timeout: this.timeoutMs,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve();
            else reject(new ResponseUrlError(`response_url answered ${status}`, status));
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new ResponseUrlError('response_url timed out', 0)));
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Closes idle keep-alive connections. */
  close(): void {
    this.http.destroy();
    this.https.destroy();
  }
}
