/**
 * Posting through Slack's Web API: failures turned into `PostError` (retryable or not, with Slack's
 * wait), and a `chat.postMessage` that honours `Retry-After` so a rate-limited answer is sent late
 * rather than lost. The Web API client itself never retries (see `clientOptions`): one policy, here.
 */
import { webApi } from '@slack/bolt';
import { PostError } from '../../daily/contract.js';
import type { SlackMessage } from './render.js';

type WebClient = webApi.WebClient;

/** Options for every Web API client we create: no hidden retries (the default retries for ~30 minutes). */
export function clientOptions(apiUrl: string | undefined): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  };
}

/** Platform errors that say "try again later" rather than "this will never work". */
const TRANSIENT_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** Classifies a Web API failure: 429/5xx/network are retryable (with Slack's wait when given), the rest final. */
export function toPostError(err: unknown): PostError {
  if (err instanceof PostError) return err;
  const e = err as { code?: string; message?: string; retryAfter?: number; statusCode?: number; headers?: Record<string, string>; data?: { error?: string } };
  const message = e?.message ?? String(err);
  switch (e?.code) {
    case webApi.ErrorCode.RateLimitedError:
      return new PostError(message, true, (e.retryAfter ?? 1) * 1000);
    case webApi.ErrorCode.HTTPError: {
      const retryAfter = Number(e.headers?.['retry-after']);
      const status = e.statusCode ?? 0;
      return new PostError(message, status === 429 || status >= 500, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined);
    }
    case webApi.ErrorCode.RequestError:
      return new PostError(message, true);
    case webApi.ErrorCode.PlatformError:
      return new PostError(`Slack refused the message: ${e.data?.error ?? message}`, TRANSIENT_ERRORS.has(e.data?.error ?? ''));
    default:
      return new PostError(message, false);
  }
}

/** Network errors raised before a request could reach Slack: nothing was posted, so a retry is safe. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/**
 * Whether Slack may have acted on a request whose answer we did not get: a timeout or a connection
 * dropped after sending, or a 5xx from a gateway that gave up waiting. A refused connection or an
 * answer we read (ok or not) is a known outcome.
 */
export function outcomeUnknown(err: unknown): boolean {
  const e = err as { code?: string; statusCode?: number; original?: { code?: string; cause?: { code?: string } } };
  if (e?.code === webApi.ErrorCode.HTTPError) return (e.statusCode ?? 0) >= 500;
  if (e?.code !== webApi.ErrorCode.RequestError) return false;
  const cause = e.original?.code ?? e.original?.cause?.code;
  return !(cause && NOT_SENT_CODES.has(cause));
}

export interface RetryPolicy {
  /** Attempts in all, the first included. Default 4. */
  attempts?: number;
  /** Longest single wait we accept; a longer `Retry-After` is waited out at this length. Default 60 s. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** `chat.postMessage`, retried on 429/5xx after Slack's `Retry-After` (or a short backoff); throws `PostError` at the end. */
export async function postMessage(
  client: WebClient,
  target: { channel: string; thread_ts?: string },
  message: SlackMessage,
  policy: RetryPolicy = {},
): Promise<void> {
  const attempts = policy.attempts ?? 4;
  const wait = policy.sleep ?? sleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await client.chat.postMessage({ ...target, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
      return;
    } catch (err) {
      const failure = toPostError(err);
      if (!failure.retryable || attempt >= attempts) throw failure;
      await wait(Math.min(failure.retryAfterMs ?? 500 * 2 ** (attempt - 1), policy.maxWaitMs ?? 60_000));
    }
  }
}
