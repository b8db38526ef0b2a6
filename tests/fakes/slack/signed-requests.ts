/**
 * Builds and sends requests the way Slack does: v0 HMAC-SHA256 signatures over `v0:timestamp:body`,
 * slash commands form-encoded, interactive payloads as a form `payload` field holding JSON, Events API
 * callbacks as JSON.
 */
import { createHmac } from 'node:crypto';
import { FAKE_TEAM_ID } from './fake-slack.js';

export function slackSignature(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Overrides the computed signature (to test forgeries). */
  signature?: string;
  /** Sent as `x-slack-retry-num` (with a retry reason), like Slack's redeliveries. */
  retryNum?: number;
}

export interface SignedRequest {
  body: string;
  contentType: string;
  headers: Record<string, string>;
}

export interface SlackReply {
  status: number;
  text: string;
}

/** Sends signed requests to a Slack endpoint such as `http://127.0.0.1:PORT/slack/events`. */
export class SlackSender {
  constructor(
    readonly url: string,
    private readonly signingSecret: string,
  ) {}

  /** A signed request, ready to send now or to replay later byte for byte. */
  build(body: string, contentType: string, options: SendOptions = {}): SignedRequest {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(this.signingSecret, timestamp, body),
    };
    if (options.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(options.retryNum);
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    return { body, contentType, headers };
  }

  async send(request: SignedRequest): Promise<SlackReply> {
    const res = await fetch(this.url, { method: 'POST', headers: request.headers, body: request.body });
    return { status: res.status, text: await res.text() };
  }

  slashCommand(fields: SlashCommandFields, options?: SendOptions): Promise<SlackReply> {
    return this.send(this.build(slashCommandBody(fields), 'application/x-www-form-urlencoded', options));
  }

  blockAction(fields: BlockActionFields, options?: SendOptions): Promise<SlackReply> {
    return this.send(this.build(blockActionsBody(fields), 'application/x-www-form-urlencoded', options));
  }

  viewSubmission(fields: ViewSubmissionFields, options?: SendOptions): Promise<SlackReply> {
    return this.send(this.build(viewSubmissionBody(fields), 'application/x-www-form-urlencoded', options));
  }

  event(event: Record<string, unknown>, eventId: string, options?: SendOptions): Promise<SlackReply> {
    return this.send(this.build(eventCallbackBody(event, eventId), 'application/json', options));
  }
}

export interface SlashCommandFields {
  text: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  command?: string;
}

export function slashCommandBody(f: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: FAKE_TEAM_ID,
    team_domain: 'fake',
    channel_id: f.channelId ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: f.userId ?? 'U0ALICE',
    user_name: 'alice',
    command: f.command ?? '/hr',
    text: f.text,
    api_app_id: 'A0HRBOT',
    is_enterprise_install: 'false',
    response_url: f.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

export interface BlockActionFields {
  actionId: string;
  value: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  /** The message the button sits on is ephemeral (answers to `/hr`). Default true. */
  ephemeral?: boolean;
}

export function blockActionsBody(f: BlockActionFields): string {
  const channel = f.channelId ?? 'C0GENERAL';
  const payload = {
    type: 'block_actions',
    user: { id: f.userId ?? 'U0ALICE', username: 'alice', name: 'alice', team_id: FAKE_TEAM_ID },
    api_app_id: 'A0HRBOT',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: channel, is_ephemeral: f.ephemeral ?? true },
    trigger_id: '1.2.3',
    team: { id: FAKE_TEAM_ID, domain: 'fake' },
    channel: { id: channel, name: 'general' },
    response_url: f.responseUrl,
    actions: [{ type: 'button', action_id: f.actionId, block_id: 'b1', value: f.value, text: { type: 'plain_text', text: 'x' }, action_ts: '1700000001.000200' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface ViewSubmissionFields {
  /** The view the bot opened (as sent to views.open): its callback_id and private_metadata come back. */
  view: Record<string, unknown>;
  /** What the user typed: block id → action id → value. */
  values: Record<string, Record<string, string>>;
  userId?: string;
}

/** A modal's submission, as Slack sends it: the view with its `state.values`. */
export function viewSubmissionBody(f: ViewSubmissionFields): string {
  const values = Object.fromEntries(
    Object.entries(f.values).map(([block, actions]) => [block, Object.fromEntries(Object.entries(actions).map(([action, value]) => [action, { type: 'plain_text_input', value }]))]),
  );
  const payload = {
    type: 'view_submission',
    team: { id: FAKE_TEAM_ID, domain: 'fake' },
    user: { id: f.userId ?? 'U0ALICE', username: 'alice', name: 'alice', team_id: FAKE_TEAM_ID },
    api_app_id: 'A0HRBOT',
    token: 'deprecated-verification-token',
    trigger_id: '4.5.6',
    view: { id: 'V0FORM', team_id: FAKE_TEAM_ID, hash: '1.abc', app_id: 'A0HRBOT', bot_id: 'B0BOT', ...f.view, state: { values } },
    response_urls: [],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function eventCallbackBody(event: Record<string, unknown>, eventId: string): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: FAKE_TEAM_ID,
    api_app_id: 'A0HRBOT',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: FAKE_TEAM_ID, user_id: 'U0BOT', is_bot: true, is_enterprise_install: false }],
  });
}
