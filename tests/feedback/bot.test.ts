/**
 * Feedback in the bot as it runs in production: the built `main.js` with Discord against the fake,
 * a 👎 through the real client, the vote counted in /metrics, and `hr stats --json` reading it back
 * from the same DATA_DIR once the bot has stopped.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedbackStats } from '../../src/feedback/stats.js';
import { packageRoot } from '../../src/paths.js';
import { MAIN, cleanEnv, freePort, spawnBot, until, type BotProcess } from '../bot-process.js';
import { FakeDiscord } from '../fakes/discord/server.js';
import { buttons } from '../adapters/discord/harness.js';

const TOKEN = 'feedback-test-token';
const BIN = join(packageRoot(), 'dist', 'src', 'adapters', 'cli', 'bin.js');
let fake: FakeDiscord | undefined;
let bot: BotProcess | undefined;
let dataDir: string | undefined;

afterEach(async () => {
  if (bot && bot.exitCode === null && bot.signalCode === null) bot.kill('SIGKILL');
  await fake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function metric(port: number, series: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('feedback in the running bot', () => {
  it('counts a 👎 in /metrics and hr stats reports the answer and the vote from the same store', async () => {
    fake = await FakeDiscord.start({ token: TOKEN });
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...cleanEnv(), DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, PORT: String(port) };
    dataDir = env.DATA_DIR!;
    bot = spawnBot(process.execPath, [MAIN], env);
    await until(() => bot!.logs().includes('discord ready'), 15_000);
    const downVotes = 'hr_feedback_votes_total{platform="discord",vote="down"}';
    expect(await metric(port, downVotes)).toBe(0);

    const answer = await fake.answerTo(fake.chatInput({ subcommand: 'search', options: { query: 'jury size' } }));
    const form = await fake.answerTo(fake.clickButton(answer.message, buttons(answer.body).get('Not helpful')!.customId));
    expect(form.via).toBe('modal');
    await until(async () => (await metric(port, downVotes)) === 1, 10_000);
    bot.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.logs()).not.toContain('jury size');

    const r = spawnSync(process.execPath, [BIN, 'stats', '--json'], { env, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    const stats = JSON.parse(r.stdout) as FeedbackStats;
    expect(stats.answers.byPlatform).toEqual({ discord: 1, slack: 0 });
    expect(stats.votes).toMatchObject({ up: 0, down: 1 });
    // Every passage the answer showed, each voted down once (listed by citation when tied).
    expect(stats.downvotedPassages.map((p) => p.citation).sort()).toEqual(answer.body.embeds.map((e: { title: string }) => e.title.replace(/\\/g, '')).sort());
    expect(r.stdout).not.toContain('jury size');
  }, 45_000);
});
