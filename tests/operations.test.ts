/**
 * The bot run as in production: the built `main.js` (and `npm start`) with Discord against the fake,
 * watched from outside through its HTTP server and signalled as a supervisor would.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MAIN, type BotProcess, cleanEnv, freePort, portInUse, processAlive, spawnBot, until } from './bot-process.js';
import { FakeDiscord } from './fakes/discord/server.js';

const TOKEN = 'ops-test-token';
let fake: FakeDiscord | undefined;
const children: BotProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    // npm runs in a process group of its own: kill the group, so a failed test leaves no bot behind either.
    if (child.spawnargs[0] === 'npm') tryKill(-child.pid!);
    else if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  await fake?.close();
  fake = undefined;
});

async function discordEnv(extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  fake = await FakeDiscord.start({ token: TOKEN });
  return { ...cleanEnv(), DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, PORT: String(await freePort()), ...extra };
}

function tryKill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv): BotProcess {
  const child = spawnBot(command, args, env, { detached: command === 'npm' });
  children.push(child);
  return child;
}

async function get(port: number, path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, text: await res.text() };
}

/** The value of one series in Prometheus text, 0 when the series is not there yet. */
function sample(metrics: string, series: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('health, readiness and metrics in Discord-only mode', () => {
  it('answers /healthz and /readyz once connected, and /metrics counts a search it answered', async () => {
    const env = await discordEnv();
    const port = Number(env.PORT);
    const bot = start(process.execPath, [MAIN], env);
    await until(() => bot.logs().includes('discord ready'), 15_000);

    expect(await get(port, '/healthz')).toEqual({ status: 200, text: '{"ok":true}' });
    expect(await get(port, '/readyz')).toMatchObject({ status: 200 });
    const searches = 'hr_requests_total{platform="discord",command="search"}';
    const answered = 'hr_answer_duration_seconds_count{platform="discord",command="search"}';
    const before = (await get(port, '/metrics')).text;
    expect(sample(before, searches)).toBe(0);

    const sent = await fake!.answerTo(fake!.chatInput({ subcommand: 'search', options: { query: 'jury size' } }));
    expect(JSON.stringify(sent.body)).toContain('Denial of Fair Public Trial');
    const after = await get(port, '/metrics');
    expect(after.status).toBe(200);
    expect(sample(after.text, searches)).toBe(1);
    expect(sample(after.text, answered)).toBe(1);
    // Every metric is ours (hr_), and nothing in it names a user or repeats what they asked.
    const names = after.text.split('\n').filter((l) => l.startsWith('# TYPE ')).map((l) => l.split(' ')[2]!);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(name).toMatch(/^hr_/);
    expect(after.text).not.toContain(fake!.user.id);
    expect(after.text).not.toContain('jury');
  }, 30_000);

  it('counts a gateway reconnect and is ready again once the session resumes', async () => {
    const env = await discordEnv();
    const port = Number(env.PORT);
    const bot = start(process.execPath, [MAIN], env);
    await until(() => bot.logs().includes('discord ready'), 15_000);
    const reconnects = 'hr_gateway_reconnects_total{platform="discord"}';
    expect(sample((await get(port, '/metrics')).text, reconnects)).toBe(0);

    fake!.closeGateway(4000);
    await until(async () => sample((await get(port, '/metrics')).text, reconnects) === 1, 15_000);
    await until(() => bot.logs().includes('discord gateway resumed'), 15_000);
    expect((await get(port, '/readyz')).status).toBe(200);
  }, 30_000);

  it('opens no port with METRICS=off, and still answers', async () => {
    const env = await discordEnv({ METRICS: 'off' });
    const bot = start(process.execPath, [MAIN], env);
    await until(() => bot.logs().includes('discord ready'), 15_000);
    expect(await portInUse(Number(env.PORT))).toBe(false);
    const sent = await fake!.answerTo(fake!.chatInput({ subcommand: 'search', options: { query: 'jury size' } }));
    expect(JSON.stringify(sent.body)).toContain('Denial of Fair Public Trial');
  }, 30_000);
});

describe('start-up', () => {
  it('fails with one fatal line and exit code 1 when PORT is taken, before connecting to Discord', async () => {
    const env = await discordEnv();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(Number(env.PORT), resolve));
    try {
      const bot = start(process.execPath, [MAIN], env);
      expect(await bot.exited).toBe(1);
      expect(bot.logs().split('\n').filter((l) => l.includes('"level":60'))).toHaveLength(1);
      expect(bot.logs()).toContain('EADDRINUSE');
      expect(fake!.gatewayOps).toEqual([]);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 30_000);
});

/** The process ids whose parent is `pid` (Linux /proc via ps). */
function childrenOf(pid: number): number[] {
  const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).trim();
  return out ? out.split(/\s+/).map(Number) : [];
}

/**
 * Asks for a search that Discord holds back for a second (429 on the first reply attempt), and
 * returns once the bot has tried to reply: the reply is in flight when the test signals the bot.
 */
async function searchHeldBack(): Promise<{ reply: ReturnType<FakeDiscord['answerTo']> }> {
  fake!.failNext({ path: /\/callback$/, status: 429, retryAfter: 1 });
  const reply = fake!.answerTo(fake!.chatInput({ subcommand: 'search', options: { query: 'jury size' } }));
  await until(() => fake!.requests.some((r) => /\/callback$/.test(r.path)), 10_000);
  return { reply };
}

describe('signals to npm start', () => {
  it('SIGTERM to the npm process alone lets the reply in flight finish, then leaves no process and frees the port', async () => {
    const env = await discordEnv();
    const port = Number(env.PORT);
    const npm = start('npm', ['start', '--silent'], env);
    await until(() => npm.logs().includes('discord ready'), 20_000);
    const [nodePid] = childrenOf(npm.pid!);
    expect(nodePid).toBeDefined();
    expect(await portInUse(port)).toBe(true);

    const { reply } = await searchHeldBack();
    npm.kill('SIGTERM');

    expect(JSON.stringify((await reply).body)).toContain('Denial of Fair Public Trial');
    expect(await npm.exited).toBe(0);
    expect(processAlive(nodePid!)).toBe(false);
    expect(await portInUse(port)).toBe(false);
    expect(npm.logs()).toContain('discord stopped');
  }, 40_000);

  it('Ctrl-C in a terminal (SIGINT to the whole group, which npm forwards again) stops once, cleanly', async () => {
    const env = await discordEnv();
    const port = Number(env.PORT);
    const npm = start('npm', ['start', '--silent'], env);
    await until(() => npm.logs().includes('discord ready'), 20_000);
    const [nodePid] = childrenOf(npm.pid!);

    process.kill(-npm.pid!, 'SIGINT');
    expect(await npm.exited).toBe(0);
    expect(processAlive(nodePid!)).toBe(false);
    expect(await portInUse(port)).toBe(false);
    expect(npm.logs().match(/discord stopped/g)).toHaveLength(1);
  }, 40_000);

  it('a repeated SIGTERM to node (supervisors resend) does not cut the reply in flight short', async () => {
    const env = await discordEnv();
    const bot = start(process.execPath, [MAIN], env);
    await until(() => bot.logs().includes('discord ready'), 15_000);
    const { reply } = await searchHeldBack();
    bot.kill('SIGTERM');
    await until(() => bot.logs().includes('stopping'), 5_000);
    bot.kill('SIGTERM');

    expect(JSON.stringify((await reply).body)).toContain('Denial of Fair Public Trial');
    expect(await bot.exited).toBe(0);
    expect(bot.logs()).toContain('already stopping');
  }, 30_000);
});
