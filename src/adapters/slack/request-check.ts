/**
 * Decides, from the raw request alone, whether a request to the Slack endpoint may reach Bolt: Slack's
 * unsigned SSL probe is answered here, everything else must pass the signature, clock and replay checks
 * and look like what Slack sends (a JSON object, or a form with Slack's fields). Self-contained, so any
 * HTTP server can mount the Slack endpoint behind it.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestGuard, GuardVerdict } from './request-guard.js';

/** The request as read off the wire: headers and the whole body. */
export interface RawSlackRequest {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type RejectReason = Extract<GuardVerdict, { ok: false }>['reason'] | 'not-slack-shaped';

/**
 * - `accept`: signed, fresh, first seen and Slack-shaped: hand it to Bolt;
 * - `probe`: Slack's SSL check: answer an empty 200, and never show it to Bolt (Bolt would read a
 *   smuggled `payload` in it as a real event);
 * - `reject`: 401 for anything not signed by Slack, 400 for a signed body that is not Slack's shape.
 */
export type SlackRequestVerdict = { kind: 'accept' } | { kind: 'probe' } | { kind: 'reject'; status: 400 | 401; reason: RejectReason };

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

export async function checkSlackRequest(request: RawSlackRequest, guard: RequestGuard): Promise<SlackRequestVerdict> {
  const type = contentType(request.headers);
  if (type === FORM && new URLSearchParams(request.body.toString('utf8')).get('ssl_check') === '1') return { kind: 'probe' };
  const verdict = await guard.check({ timestamp: header(request.headers, 'x-slack-request-timestamp'), signature: header(request.headers, 'x-slack-signature') }, request.body);
  if (!verdict.ok) return { kind: 'reject', status: 401, reason: verdict.reason };
  return isSlackShaped(type, request.body) ? { kind: 'accept' } : { kind: 'reject', status: 400, reason: 'not-slack-shaped' };
}

/**
 * What Slack sends, and all Bolt may assume: Events API callbacks as a JSON object with a `type`;
 * interactive payloads as a form whose `payload` is such an object; slash commands as a form with
 * `command`, `user_id` and `channel_id`.
 */
function isSlackShaped(type: string, body: Buffer): boolean {
  const text = body.toString('utf8');
  if (type === JSON_TYPE) return isTypedObject(parseJson(text));
  if (type !== FORM) return false;
  const form = new URLSearchParams(text);
  const payload = form.get('payload');
  if (payload !== null) return isTypedObject(parseJson(payload));
  return ['command', 'user_id', 'channel_id'].every((field) => (form.get(field) ?? '') !== '');
}

function isTypedObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The media type without parameters (`application/json; charset=utf-8` → `application/json`). */
function contentType(headers: IncomingHttpHeaders): string {
  return (header(headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
