/**
 * Resident memory of the bot (as `npm start` runs it) with Discord and Slack both running against the
 * fakes on 127.0.0.1, after each has answered a few searches and again through a sustained load (distinct
 * questions from distinct people, half on each platform); next to a bare `node` process idling.
 *
 * Under load the RSS is a sawtooth: V8 lets garbage build up in the old generation (and the buffers it
 * owns outside the heap) until its next full collection, so one reading lands anywhere on it, ±15 MB
 * (docs/search-speed.md, issue 13 round 44). The load is therefore read every 100 searches from the 500th to
 * the 1,500th, and reported as the median and the largest of those 11 readings.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from '../tests/fakes/discord/server.js';
import { FakeSlack } from '../tests/fakes/slack/fake-slack.js';
import { SlackSender } from '../tests/fakes/slack/signed-requests.js';
import { freePort, until } from '../tests/bot-process.js';
import { packageRoot } from '../src/paths.js';
import { botEnvironment, botNodeArguments } from './runtime-flags.js';

export interface RssReport {
  /** MB resident, after start-up and the searches. */
  bot: number;
  /** MB resident during the sustained load: the readings' median and largest. */
  underLoad: { median: number; largest: number; readings: number[] };
  /** The searches after which the RSS was read (both platforms together), and the load's total. */
  readAt: number[];
  sustained: number;
  /** MB resident of `node -e` waiting on a timer. */
  bareNode: number;
}

const SEARCHES = ['jury size', 'prison conditions', 'how long can police hold a detainee', 'kids picking cotton'];

/** The sustained load's searches (half on each platform), and when the RSS is read during it. */
export const SUSTAINED_SEARCHES = 1500;
export const READ_FROM = 500;
export const READ_EVERY = 100;

/** After how many of the sustained searches the RSS is read: 500, 600, … 1,500 by default. */
export function readingPoints(sustained = SUSTAINED_SEARCHES): number[] {
  const points: number[] = [];
  for (let done = READ_FROM; done <= sustained; done += READ_EVERY) points.push(done);
  return points;
}

/** Distinct questions of the public question files (bench/questions), in file order. */
function publicQuestions(): string[] {
  const dir = join(packageRoot(), 'bench', 'questions');
  const seen = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const query = line.trim() ? (JSON.parse(line) as { query?: string }).query : undefined;
      if (query) seen.add(query);
    }
  }
  return [...seen];
}

export async function benchRss(sustained = SUSTAINED_SEARCHES): Promise<RssReport> {
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
    ...botEnvironment(),
  };
  // The bot as `npm start` runs it (the same node flags and environment as the container's CMD).
  const bot = spawn(process.execPath, botNodeArguments(), { cwd: packageRoot(), env, stdio: ['ignore', 'ignore', 'pipe'] });
  // Idle until killed below: the sustained load can outlast any fixed timer (1,500 searches take minutes on a busy machine).
  const bare = spawn(process.execPath, ['-e', 'setInterval(() => {}, 3_600_000)'], { stdio: 'ignore' });
  try {
    let logs = '';
    bot.stderr!.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    await until(() => logs.includes('discord ready') && logs.includes('slack ready'), 30_000);
    const sender = new SlackSender(`http://127.0.0.1:${port}/slack/events`, 'bench-secret');
    for (const query of SEARCHES) {
      await discord.answerTo(discord.chatInput({ subcommand: 'search', options: { query } }));
      await sender.slashCommand({ text: `search ${query}`, responseUrl: slack.responseUrl('bench') });
    }
    const atStart = rssMb(bot.pid!);
    const bareNode = rssMb(bare.pid!);
    // As a public bot serves: every question different, every asker different, alternating platforms.
    const questions = publicQuestions();
    const readAt = readingPoints(sustained);
    const readings: number[] = [];
    for (let n = 0; n < sustained; n++) {
      const query = questions[n % questions.length]!;
      if (n % 2 === 0) {
        const user = { id: String(200000000000000000n + BigInt(n)), username: `asker${n}`, global_name: `Asker ${n}` };
        await discord.answerTo(discord.chatInput({ subcommand: 'search', options: { query }, user }));
      } else {
        await sender.slashCommand({ text: `search ${query}`, responseUrl: slack.responseUrl('bench'), userId: `U0ASKER${n}` });
      }
      if (n + 1 === readAt[readings.length]) readings.push(rssMb(bot.pid!));
    }
    return { bot: atStart, underLoad: summarise(readings), readAt, sustained, bareNode };
  } finally {
    bot.kill('SIGKILL');
    bare.kill('SIGKILL');
    await discord.close();
    await slack.close();
  }
}

/** The median (the lower middle of an even count) and the largest of the readings. */
export function summarise(readings: number[]): RssReport['underLoad'] {
  const sorted = [...readings].sort((a, b) => a - b);
  return { median: sorted[(sorted.length - 1) >> 1] ?? NaN, largest: sorted.at(-1) ?? NaN, readings };
}

/** VmRSS of a process (Linux /proc). */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}
