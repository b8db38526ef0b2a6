/**
 * The Slack app manifest, generated from the `/hr` command tree: paste it into "Create New App →
 * From an app manifest" (https://api.slack.com/apps). The Socket Mode one is committed as
 * `commands/slack-manifest.json`; `npm run manifest:slack -- --url https://…` prints the HTTP one.
 */
import { HR_COMMAND } from './hr.js';

export interface SlackManifestOptions {
  /** Public base URL of the bot in HTTP mode, e.g. `https://hr-bot.example.org`; `/slack/events` is appended. */
  baseUrl?: string;
  /** Socket Mode: no public URL, events arrive over a WebSocket opened with `SLACK_APP_TOKEN`. */
  socketMode?: boolean;
  /** Name shown in Slack. Default `hr-bot`. */
  name?: string;
}

/** Placeholder written when no URL is given; Slack refuses the manifest until it is replaced. */
export const PLACEHOLDER_BASE_URL = 'https://YOUR-PUBLIC-HOST';

/**
 * Bot scopes, each for something the adapter does:
 * `commands` (/hr), `chat:write` (thread and DM answers, daily facts), `chat:write.public` (daily facts in
 * public channels the bot was not invited to), `app_mentions:read` (@hr-bot), `im:history` (DMs to the bot),
 * `users:read` (`users.info`: only admins and owners may switch daily facts), `channels:history` and
 * `groups:history` (`conversations.history`: whether a daily fact whose answer was lost did land).
 */
export const SLACK_BOT_SCOPES = [
  'app_mentions:read', 'channels:history', 'chat:write', 'chat:write.public', 'commands', 'groups:history', 'im:history', 'users:read',
] as const;

/** Events the bot subscribes to. */
export const SLACK_BOT_EVENTS = ['app_mention', 'message.im'] as const;

/**
 * The public base URL for HTTP mode, checked: Slack only calls HTTPS endpoints, and a request URL
 * over plain HTTP would carry the signed requests unencrypted. Throws with a message for the user.
 */
export function httpsBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`--url: "${raw}" is not a URL; give the bot's public base URL, e.g. https://hr-bot.example.org`);
  }
  if (url.protocol !== 'https:') throw new Error(`--url: Slack needs an https:// URL, not ${url.protocol}//`);
  if (url.search || url.hash) throw new Error('--url: give the base URL only, without ?query or #fragment (/slack/events is appended)');
  return url.href.replace(/\/+$/, '');
}

export function slackManifest(options: SlackManifestOptions = {}) {
  const name = options.name ?? 'hr-bot';
  const requestUrl = options.socketMode ? undefined : `${(options.baseUrl ?? PLACEHOLDER_BASE_URL).replace(/\/+$/, '')}/slack/events`;
  const withUrl = requestUrl ? { request_url: requestUrl } : {};
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: HR_COMMAND.description.slice(0, 140),
      long_description: longDescription(),
      background_color: '#1d3557',
    },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: name, always_online: true },
      slash_commands: [
        {
          command: `/${HR_COMMAND.name}`,
          ...(requestUrl ? { url: requestUrl } : {}),
          description: HR_COMMAND.description.slice(0, 100),
          usage_hint: HR_COMMAND.subcommands.map((s) => s.usage).join(' | ').slice(0, 1000),
          should_escape: false,
        },
      ],
    },
    oauth_config: { scopes: { bot: [...SLACK_BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...withUrl, bot_events: [...SLACK_BOT_EVENTS] },
      interactivity: { is_enabled: true, ...withUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: Boolean(options.socketMode),
      token_rotation_enabled: false,
    },
  };
}

function longDescription(): string {
  const lines = HR_COMMAND.subcommands.map((s) => `• /${HR_COMMAND.name} ${s.usage}: ${s.description}`);
  // Slack wants 175–4000 characters here.
  return [
    'hr-bot answers questions about a human rights report with cited excerpts: every answer quotes the report and says where in it the passage is.',
    '',
    ...lines,
    '',
    'Mention @hr-bot with a question in a channel to get the answer in a thread, or send it a direct message.',
  ].join('\n').slice(0, 4000);
}
