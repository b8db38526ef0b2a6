/**
 * Decides, from the raw request alone, whether a request to the Slack endpoint may reach Bolt: Slack's
 * unsigned SSL probe is answered here, everything else must pass the signature, clock and replay checks
 * and look like what Slack sends (a JSON object, or a form with Slack's fields). Self-contained, so any
 * HTTP server can mount the Slack endpoint behind it. The body is parsed once, here, and handed on.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import type { RequestGuard, GuardVerdict } from './request-guard.js';

/** The request as read off the wire: headers and the whole body. */
export interface RawSlackRequest {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type RejectReason = Extract<GuardVerdict, { ok: false }>['reason'] | 'not-slack-shaped';

/**
 * What Bolt's `processEvent` takes as `body`: an Events API callback or an interactive payload (the JSON
 * object), or a slash command's form fields (each field's first value).
 */
export type SlackBody = Record<string, unknown>;

/**
 * - `accept`: signed, fresh, first seen and Slack-shaped: hand `body` (already parsed) to Bolt;
 * - `probe`: Slack's SSL check: answer an empty 200, and never show it to Bolt (Bolt would read a
 *   smuggled `payload` in it as a real event);
 * - `reject`: 401 for anything not signed by Slack, 400 for a signed body that is not Slack's shape.
 */
export type SlackRequestVerdict = { kind: 'accept'; body: SlackBody } | { kind: 'probe' } | { kind: 'reject'; status: 400 | 401; reason: RejectReason };

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

export async function checkSlackRequest(request: RawSlackRequest, guard: RequestGuard): Promise<SlackRequestVerdict> {
  const type = contentType(request.headers);
  // A form is parsed before the signature check, because Slack's SSL probe is an unsigned form.
  const form = type === FORM ? formFields(request.body.toString('utf8')) : undefined;
  if (form?.ssl_check === '1') return { kind: 'probe' };
  const verdict = await guard.check({ timestamp: header(request.headers, 'x-slack-request-timestamp'), signature: header(request.headers, 'x-slack-signature') }, request.body);
  if (!verdict.ok) return { kind: 'reject', status: 401, reason: verdict.reason };
  const body = slackShaped(type, form, request.body);
  return body ? { kind: 'accept', body } : { kind: 'reject', status: 400, reason: 'not-slack-shaped' };
}

/**
 * What Slack sends, and all Bolt may assume: Events API callbacks as a JSON object with a `type`;
 * interactive payloads as a form whose `payload` is such an object; slash commands as a form with
 * `command`, `user_id` and `channel_id`. Returns the body Bolt gets, or undefined for anything else.
 */
function slackShaped(type: string, form: Record<string, string> | undefined, raw: Buffer): SlackBody | undefined {
  if (type === JSON_TYPE) return typedObject(parseJson(raw.toString('utf8')));
  if (!form) return undefined;
  if (form.payload !== undefined) return typedObject(parseJson(form.payload));
  return form.command && form.user_id && form.channel_id ? form : undefined;
}

/**
 * A form's fields, as Bolt's own receiver parses them (`node:querystring`, at most 1,000 fields), but
 * each field's first value only: a repeated field never turns into an array behind a string's type.
 */
function formFields(text: string): Record<string, string> {
  // A prototype-less object, as querystring makes it: a field named `__proto__` is only a field.
  const fields = parseForm(text);
  for (const name in fields) {
    const value = fields[name];
    if (typeof value !== 'string') fields[name] = value?.[0] ?? '';
  }
  return fields as Record<string, string>;
}

function typedObject(value: unknown): SlackBody | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string' ? (value as SlackBody) : undefined;
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
