/** The Slack app manifest is generated from the command tree and matches what the adapter needs. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { HR_COMMAND } from '../../../commands/hr.js';
import { httpsBaseUrl, PLACEHOLDER_BASE_URL, slackManifest } from '../../../commands/slack-manifest.js';
import { packageRoot } from '../../../src/paths.js';

/** Which bot scope each Web API method the adapter calls needs. */
const SCOPE_FOR_METHOD: Record<string, string> = {
  'chat.postMessage': 'chat:write',
  'users.info': 'users:read',
  'conversations.history': 'channels:history',
  'auth.test': '',
  // Opening a modal needs a trigger from the user's click, no scope.
  'views.open': '',
};

describe('Slack app manifest', () => {
  test('declares /hr with every subcommand in its usage hint', () => {
    const [command] = slackManifest().features.slash_commands;
    expect(command!.command).toBe('/hr');
    for (const sub of HR_COMMAND.subcommands) expect(command!.usage_hint).toContain(sub.usage);
  });

  test('HTTP mode points commands, events and interactivity at /slack/events', () => {
    const m = slackManifest({ baseUrl: 'https://bot.example.org/' });
    const url = 'https://bot.example.org/slack/events';
    expect(m.features.slash_commands[0]!.url).toBe(url);
    expect(m.settings.event_subscriptions).toMatchObject({ request_url: url, bot_events: ['app_mention', 'message.im'] });
    expect(m.settings.interactivity).toEqual({ is_enabled: true, request_url: url });
    expect(m.settings.socket_mode_enabled).toBe(false);
  });

  test('Socket Mode needs no URL anywhere', () => {
    const m = slackManifest({ socketMode: true });
    expect(JSON.stringify(m)).not.toContain('request_url');
    expect(m.features.slash_commands[0]).not.toHaveProperty('url');
    expect(m.settings.socket_mode_enabled).toBe(true);
  });

  test('grants a scope for every Web API method the adapter calls', () => {
    const dir = join(packageRoot(), 'src', 'adapters', 'slack');
    const source = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const methods = new Set([...source.matchAll(/client\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`));
    expect(methods.size).toBeGreaterThan(0);
    const scopes = slackManifest().oauth_config.scopes.bot as string[];
    for (const method of methods) {
      expect(SCOPE_FOR_METHOD, `no scope known for ${method}`).toHaveProperty([method]);
      if (SCOPE_FOR_METHOD[method]) expect(scopes).toContain(SCOPE_FOR_METHOD[method]);
    }
  });

  test('the committed commands/slack-manifest.json is the Socket Mode one, up to date (npm run manifest:slack -- --out commands/slack-manifest.json)', () => {
    const committed = JSON.parse(readFileSync(join(packageRoot(), 'commands', 'slack-manifest.json'), 'utf8')) as unknown;
    expect(committed).toEqual(slackManifest({ socketMode: true }));
    expect(JSON.stringify(committed)).not.toContain(PLACEHOLDER_BASE_URL);
  });
});

describe('npm run manifest:slack', () => {
  const writer = join(packageRoot(), 'dist', 'commands', 'write-slack-manifest.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [writer, ...args], { cwd: packageRoot(), encoding: 'utf8' });
  const tracked = () => execFileSync('git', ['status', '--porcelain', '--', 'commands'], { cwd: packageRoot(), encoding: 'utf8' });

  test('writes the HTTP variant for an https:// URL to the file named, leaving the tree as it was', () => {
    const before = tracked();
    const out = join(mkdtempSync(join(tmpdir(), 'hr-manifest-')), 'slack-manifest.http.json');
    const result = run('--url', 'https://bot.example.org/', '--out', out);
    expect(result.status).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as ReturnType<typeof slackManifest>;
    expect(written).toEqual(slackManifest({ baseUrl: 'https://bot.example.org' }));
    expect(tracked()).toBe(before);
  });

  test('prints the Socket Mode manifest when given no URL', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(slackManifest({ socketMode: true }));
  });

  test.each(['http://bot.example.org', 'ftp://bot.example.org', 'bot.example.org', 'https://bot.example.org/?x=1'])('refuses --url %s', (url) => {
    const result = run('--url', url);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^--url: /);
  });

  test('accepts a base URL with a path prefix behind a proxy', () => {
    expect(httpsBaseUrl(' https://example.org/hr/ ')).toBe('https://example.org/hr');
  });
});
