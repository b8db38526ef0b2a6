/**
 * Resident memory of the bot (as `npm start` runs it) with Discord and Slack both running against the
 * fakes on 127.0.0.1, after each has answered a few searches; next to a bare `node` process idling.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from '../tests/fakes/discord/server.js';
import { FakeSlack } from '../tests/fakes/slack/fake-slack.js';
import { SlackSender } from '../tests/fakes/slack/signed-requests.js';
import { freePort, until } from '../tests/bot-process.js';
import { packageRoot } from '../src/paths.js';
import { botNodeArguments } from './runtime-flags.js';

export interface RssReport {
  /** MB resident, after start-up and the searches. */
  bot: number;
  /** MB resident of `node -e` waiting on a timer. */
  bareNode: number;
}

const SEARCHES = ['jury size', 'prison conditions', 'how long can police hold a detainee', 'kids picking cotton'];

export async function benchRss(): Promise<RssReport> {
  const discord = await FakeDiscord.start({ token: 'bench-token' });
  const slack = await FakeSlack.start();
  const port = await freePort();
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK|DAILY)_/.test(k))),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'hr-bench-rss-')),
    DISCORD_TOKEN: 'bench-token',
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: 'bench-secret',
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
    LOG_LEVEL: 'info',
  };
  // The bot as `npm start` runs it (the same node flags as the container's CMD).
  const bot = spawn(process.execPath, botNodeArguments(), { cwd: packageRoot(), env, stdio: ['ignore', 'ignore', 'pipe'] });
  const bare = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  try {
    let logs = '';
    bot.stderr!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    await until(() => logs.includes('discord ready') && logs.includes('slack ready'), 30_000);
    const sender = new SlackSender(`http://127.0.0.1:${port}/slack/events`, 'bench-secret');
    for (const query of SEARCHES) {
      await discord.answerTo(discord.chatInput({ subcommand: 'search', options: { query } }));
      await sender.slashCommand({ text: `search ${query}`, responseUrl: slack.responseUrl('bench') });
    }
    return { bot: rssMb(bot.pid!), bareNode: rssMb(bare.pid!) };
  } finally {
    bot.kill('SIGKILL');
    bare.kill('SIGKILL');
    await discord.close();
    await slack.close();
  }
}

/** VmRSS of a process (Linux /proc). */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}
